//! Amazon EventBridge: put events (`events:putEvents`).

use super::{Integration, call};
use crate::template::{Template, object};

call! {
    /// `PutEvents`.
    PutEvents {}
    patterns { wait }
}

/// One event of a `PutEvents` call.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry(Template);

impl Entry {
    /// An event from `source` of type `detail_type` with `detail` as its body.
    pub fn new(
        source: impl Into<Template>,
        detail_type: impl Into<Template>,
        detail: impl Into<Template>,
    ) -> Entry {
        Entry(
            object()
                .with("Detail", detail)
                .with("DetailType", detail_type)
                .with("Source", source),
        )
    }

    /// The bus (`EventBusName`); the default bus when unset.
    pub fn bus(self, name: impl Into<Template>) -> Entry {
        Entry(self.0.with("EventBusName", name))
    }

    /// ARNs the event is about (`Resources`).
    pub fn resources(self, resources: impl Into<Template>) -> Entry {
        Entry(self.0.with("Resources", resources))
    }
}

/// Puts these events.
pub fn put_events(entries: impl IntoIterator<Item = Entry>) -> PutEvents {
    let mut call = Integration::service("events:putEvents");
    call.set(
        "Entries",
        Template::Array(entries.into_iter().map(|e| e.0).collect()),
    );
    PutEvents(call)
}
