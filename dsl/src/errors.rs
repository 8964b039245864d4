//! Error names for `Retry::on` and `Catch::on`: Step Functions' own (`States.*`), each
//! optimized integration's as its page documents them, and every AWS SDK integration's
//! ([`sdk`], generated from the service models). A name the guarded task never raises is a
//! `compile()` warning (`UNRAISED_ERROR`), with the name meant.
//!
//! ```
//! use sfn::prelude::*;
//! let retry = Retry::on([errors::dynamodb::PROVISIONED_THROUGHPUT_EXCEEDED]);
//! let catch = Catch::on([errors::sdk::s3::NO_SUCH_KEY], Fail::new("Missing"));
//! # let _ = (retry, catch);
//! ```

pub use sfn_codegen::errors::{
    ALL, BRANCH_FAILED, DATA_LIMIT_EXCEEDED, EXCEED_TOLERATED_FAILURE_THRESHOLD, HEARTBEAT_TIMEOUT,
    HTTP_SOCKET, INTRINSIC_FAILURE, ITEM_READER_FAILED, NO_CHOICE_MATCHED, PARAMETER_PATH_FAILURE,
    PERMISSIONS, QUERY_EVALUATION_ERROR, RESULT_PATH_MATCH_FAILURE, RESULT_WRITER_FAILED, RUNTIME,
    TASK_FAILED, TIMEOUT,
};

#[rustfmt::skip]
pub mod sdk;

/// Lambda's transient service errors, worth retrying.
pub const LAMBDA_TRANSIENT: [&str; 4] = [
    lambda::SERVICE,
    lambda::AWS_LAMBDA,
    lambda::SDK_CLIENT,
    lambda::TOO_MANY_REQUESTS,
];

/// Declares a module of an optimized integration's errors.
macro_rules! integration_errors {
    ($(#[$doc:meta])* $module:ident { $($(#[$cdoc:meta])* $name:ident = $value:literal,)* }) => {
        $(#[$doc])*
        pub mod $module {
            $( $(#[$cdoc])* pub const $name: &str = $value; )*
        }
    };
}

integration_errors!(
    /// `lambda:invoke` and functions called by ARN ("Handle Lambda service exceptions"; a
    /// function's own errors are named by the function).
    lambda {
        /// An unhandled function error: out of memory, a timeout.
        UNKNOWN = "Lambda.Unknown",
        /// Lambda hit its concurrency limit.
        TOO_MANY_REQUESTS = "Lambda.TooManyRequestsException",
        /// A transient Lambda service error.
        SERVICE = "Lambda.ServiceException",
        /// A transient Lambda service error.
        AWS_LAMBDA = "Lambda.AWSLambdaException",
        /// The call did not reach Lambda.
        SDK_CLIENT = "Lambda.SdkClientException",
        /// The call to Lambda timed out.
        CLIENT_EXECUTION_TIMEOUT = "Lambda.ClientExecutionTimeoutException",
        /// No such function, version or alias.
        RESOURCE_NOT_FOUND = "Lambda.ResourceNotFoundException",
        /// The request is not what the function accepts (too large, not JSON).
        INVALID_REQUEST_CONTENT = "Lambda.InvalidRequestContentException",
    }
);

integration_errors!(
    /// `dynamodb:getItem`, `putItem`, `updateItem`, `deleteItem`.
    dynamodb {
        /// A condition expression was false.
        CONDITIONAL_CHECK_FAILED = "DynamoDB.ConditionalCheckFailedException",
        /// The table's provisioned throughput is exhausted.
        PROVISIONED_THROUGHPUT_EXCEEDED = "DynamoDB.ProvisionedThroughputExceededException",
        /// The account's request rate is exceeded.
        REQUEST_LIMIT_EXCEEDED = "DynamoDB.RequestLimitExceededException",
        /// No such table.
        RESOURCE_NOT_FOUND = "DynamoDB.ResourceNotFoundException",
        /// Another transaction holds the item.
        TRANSACTION_CONFLICT = "DynamoDB.TransactionConflictException",
        /// An item collection is too large.
        ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED = "DynamoDB.ItemCollectionSizeLimitExceededException",
        /// DynamoDB failed.
        INTERNAL_SERVER_ERROR = "DynamoDB.InternalServerErrorException",
        /// Any other DynamoDB error.
        AMAZON_DYNAMODB = "DynamoDB.AmazonDynamoDBException",
        /// The call did not reach DynamoDB.
        SDK_CLIENT = "DynamoDB.SdkClientException",
    }
);

integration_errors!(
    /// `sqs:sendMessage`.
    sqs {
        /// No such queue.
        QUEUE_DOES_NOT_EXIST = "SQS.QueueDoesNotExistException",
        /// The message has characters SQS does not accept.
        INVALID_MESSAGE_CONTENTS = "SQS.InvalidMessageContentsException",
        /// Any other SQS error.
        AMAZON_SQS = "SQS.AmazonSQSException",
        /// The call did not reach SQS.
        SDK_CLIENT = "SQS.SdkClientException",
    }
);

integration_errors!(
    /// `sns:publish`.
    sns {
        /// No such topic.
        NOT_FOUND = "SNS.NotFoundException",
        /// A parameter is not valid.
        INVALID_PARAMETER = "SNS.InvalidParameterException",
        /// Publishing was throttled.
        THROTTLED = "SNS.ThrottledException",
        /// Any other SNS error.
        AMAZON_SNS = "SNS.AmazonSNSException",
        /// The call did not reach SNS.
        SDK_CLIENT = "SNS.SdkClientException",
    }
);
