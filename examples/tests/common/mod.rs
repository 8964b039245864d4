//! One test per example, so a failure names the workflow.

/// Generates a `#[test]` per example that runs `$check` on its workflow.
macro_rules! each_example {
    ($check:ident) => {
        #[test]
        fn order_processing() {
            $check(sfn_examples::order_processing::order_processing());
        }

        #[test]
        fn etl_pipeline() {
            $check(sfn_examples::etl_pipeline::etl_pipeline());
        }

        #[test]
        fn distributed_map() {
            $check(sfn_examples::distributed_map::image_thumbnails());
        }

        #[test]
        fn saga() {
            $check(sfn_examples::saga::travel_saga());
        }

        #[test]
        fn human_approval() {
            $check(sfn_examples::human_approval::expense_approval());
        }

        #[test]
        fn express_ingest() {
            $check(sfn_examples::express_ingest::clickstream_ingest());
        }

        #[test]
        fn jsonata_variables() {
            $check(sfn_examples::jsonata_variables::loyalty_discount());
        }
    };
}

pub(crate) use each_example;
