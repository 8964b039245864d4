use sfn::prelude::*;

fn main() {
    // DynamoDB's ConsistentRead is a boolean in the service's model: a string does not compile.
    let _ = dynamodb::get_item("orders", object()).consistent_read("true");
}
