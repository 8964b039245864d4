use sfn::prelude::*;

workflow! {
    pub fn ingest() -> "ingest" {
        express;
        start "Crawl";
        "Crawl": Task(glue::start_job_run("crawler").sync()).next("Approve");
        "Approve": Task(sqs::send_message("https://sqs.eu-west-1.amazonaws.com/123456789012/q", context::task_token())
            .wait_for_task_token());
    }
}

fn main() {}
