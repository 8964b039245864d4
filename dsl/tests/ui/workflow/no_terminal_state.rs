use sfn::prelude::*;

workflow! {
    pub fn spin() -> "spinner" {
        start "Tick";
        "Tick": Wait.seconds(1).next("Tock");
        "Tock": Wait.seconds(1).next("Tick");
    }
}

fn main() {}
