//! The closed sets of a distributed Map's reader and writer settings, typed so that a
//! misspelt format does not compile: what `ReaderConfig` reads (`InputType`, `CSVDelimiter`,
//! `ManifestType`) and how `WriterConfig` writes (`OutputType`, `Transformation`).

use serde_json::Value;

macro_rules! asl_enum {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident => $text:literal,)* }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$vdoc])* $variant,)*
        }

        impl $name {
            /// The name the definition uses.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)*
                }
            }
        }

        impl From<$name> for Value {
            fn from(value: $name) -> Value {
                Value::from(value.as_str())
            }
        }
    };
}

asl_enum! {
    /// What the S3 object a reader reads holds (`ReaderConfig.InputType`).
    InputType {
        /// A JSON document: an array, or an object holding one (see `items_pointer`).
        Json => "JSON",
        /// JSON Lines: one item per line.
        JsonLines => "JSONL",
        /// Comma- (or otherwise) separated rows.
        Csv => "CSV",
        /// An Apache Parquet file: one item per row.
        Parquet => "PARQUET",
        /// A manifest listing objects: an S3 inventory or an Athena `UNLOAD` manifest.
        Manifest => "MANIFEST",
    }
}

asl_enum! {
    /// The separator of a CSV reader's columns (`ReaderConfig.CSVDelimiter`).
    CsvDelimiter {
        /// `,`
        Comma => "COMMA",
        /// `|`
        Pipe => "PIPE",
        /// `;`
        Semicolon => "SEMICOLON",
        /// ` `
        Space => "SPACE",
        /// A tab character.
        Tab => "TAB",
    }
}

asl_enum! {
    /// The kind of manifest a `MANIFEST` reader reads (`ReaderConfig.ManifestType`).
    ManifestType {
        /// An S3 Inventory report's `manifest.json`.
        S3Inventory => "S3_INVENTORY",
        /// An Athena `UNLOAD` data manifest (a CSV list of objects).
        AthenaData => "ATHENA_DATA",
    }
}

asl_enum! {
    /// The format of the results a writer exports (`WriterConfig.OutputType`).
    OutputType {
        /// One JSON array.
        Json => "JSON",
        /// JSON Lines: one result per line.
        JsonLines => "JSONL",
    }
}

asl_enum! {
    /// How a writer shapes each child's result (`WriterConfig.Transformation`).
    Transformation {
        /// The child execution's whole record, metadata included.
        None => "NONE",
        /// Only the outputs of the children.
        Compact => "COMPACT",
        /// The outputs, with arrays the children return flattened into one.
        Flatten => "FLATTEN",
    }
}
