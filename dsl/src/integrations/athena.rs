//! Amazon Athena: run a query (`athena:startQueryExecution`) and read its results.

use super::{Integration, call};
use crate::template::{Template, object};

call! {
    /// `StartQueryExecution`. Use `.sync()` to wait for the query to finish.
    StartQueryExecution {}
    patterns { sync }
}

impl StartQueryExecution {
    /// The database the query runs in (`QueryExecutionContext.Database`).
    pub fn database(self, database: impl Into<Template>) -> Self {
        self.parameter("QueryExecutionContext", object().with("Database", database))
    }

    /// Where results are written (`ResultConfiguration.OutputLocation`, an `s3://` URL).
    pub fn output_location(self, location: impl Into<Template>) -> Self {
        self.parameter(
            "ResultConfiguration",
            object().with("OutputLocation", location),
        )
    }
}

/// Runs `query`.
pub fn start_query_execution(query: impl Into<Template>) -> StartQueryExecution {
    let mut call = Integration::service("athena:startQueryExecution");
    call.set("QueryString", query);
    StartQueryExecution(call)
}

call! {
    /// `GetQueryResults`.
    GetQueryResults {}
    patterns {}
}

/// Reads the results of the query `query_execution_id`.
pub fn get_query_results(query_execution_id: impl Into<Template>) -> GetQueryResults {
    let mut call = Integration::service("athena:getQueryResults");
    call.set("QueryExecutionId", query_execution_id);
    GetQueryResults(call)
}
