//! Findings about a definition: a stable rule code, a severity, where, what and how to fix it.

use std::fmt;
use std::ops::Range;
use std::sync::Arc;

use serde::Serialize;

/// How bad a finding is. Errors make a definition undeployable; warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// One step of a path into the JSON document.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Segment {
    Key(String),
    Index(usize),
}

/// Where a finding is: a path of keys and indexes from the document root,
/// rendered as `States.Process.Catch[1].Next`.
///
/// Stored as a shared linked list from the leaf up, so extending a location (done for
/// every field the validator visits) costs one small allocation, not a copy of the path.
#[derive(Clone, Default)]
pub struct Location(Option<Arc<Step>>);

struct Step {
    parent: Location,
    segment: Segment,
}

impl Location {
    pub fn root() -> Self {
        Self(None)
    }

    /// A location from its segments, root first.
    pub fn from_segments(segments: impl IntoIterator<Item = Segment>) -> Self {
        segments.into_iter().fold(Self::root(), |parent, segment| {
            Self(Some(Arc::new(Step { parent, segment })))
        })
    }

    /// This location extended by an object key.
    pub fn key(&self, key: &str) -> Self {
        self.child(Segment::Key(key.to_owned()))
    }

    /// This location extended by an array index.
    pub fn index(&self, index: usize) -> Self {
        self.child(Segment::Index(index))
    }

    fn child(&self, segment: Segment) -> Self {
        Self(Some(Arc::new(Step {
            parent: self.clone(),
            segment,
        })))
    }

    /// The segments, root first.
    pub fn segments(&self) -> Vec<Segment> {
        let mut out = Vec::new();
        let mut current = &self.0;
        while let Some(step) = current {
            out.push(step.segment.clone());
            current = &step.parent.0;
        }
        out.reverse();
        out
    }

    /// The last segment, if any.
    pub fn last(&self) -> Option<&Segment> {
        self.0.as_ref().map(|step| &step.segment)
    }

    /// The location as an RFC 6901 JSON Pointer (`/States/Process/Catch/1/Next`).
    pub fn json_pointer(&self) -> String {
        let mut out = String::new();
        for segment in self.segments() {
            out.push('/');
            match segment {
                Segment::Key(key) => out.push_str(&key.replace('~', "~0").replace('/', "~1")),
                Segment::Index(index) => out.push_str(&index.to_string()),
            }
        }
        out
    }
}

impl PartialEq for Location {
    fn eq(&self, other: &Self) -> bool {
        self.segments() == other.segments()
    }
}

impl Eq for Location {}

impl std::hash::Hash for Location {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.segments().hash(state);
    }
}

impl fmt::Debug for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Location({self})")
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let segments = self.segments();
        if segments.is_empty() {
            return f.write_str("(root)");
        }
        for (i, segment) in segments.iter().enumerate() {
            match segment {
                Segment::Index(index) => write!(f, "[{index}]")?,
                Segment::Key(key) if needs_quoting(key) => write!(f, "[{key:?}]")?,
                Segment::Key(key) => {
                    if i > 0 {
                        f.write_str(".")?;
                    }
                    f.write_str(key)?;
                }
            }
        }
        Ok(())
    }
}

fn needs_quoting(key: &str) -> bool {
    key.is_empty() || key.contains(['.', '[', ']', '"'])
}

impl Serialize for Location {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// A finding of the parser or the validator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Stable rule code, e.g. `MISSING_TRANSITION_TARGET`.
    pub code: Code,
    pub severity: Severity,
    /// The offending place in the document.
    pub location: Location,
    /// What is wrong.
    pub message: String,
    /// How to fix it, when there is something more to say than the message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    /// Byte range inside the string value at `location` (for JSONPath, JSONata and
    /// intrinsic-function errors), counted in the decoded string.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_span: Option<Range<usize>>,
    /// AWS accepts the definition, but this fails or misbehaves whenever it runs: a warning
    /// for the service's verdict, an error for `compile()` and `--deny-warnings`.
    #[serde(
        rename = "fails_at_run_time",
        skip_serializing_if = "std::ops::Not::not"
    )]
    pub runtime: bool,
    /// The fix, named for front ends that word it in their own terms (the DSL names its
    /// builders where `help` says what to write in the definition).
    #[serde(skip)]
    pub fix: Option<Fix>,
}

/// A fix that is written differently in a definition and in the DSL; `help` carries the
/// definition's wording.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fix {
    /// A number that DynamoDB returns as a string in `N`, used as a number.
    NumberFromDynamoDb,
    /// A `.waitForTaskToken` task that must pass its task token.
    PassTaskToken,
    /// A field of a Lambda function's answer read without going through `Payload`.
    ReadLambdaPayload,
    /// A declared resource of this kind written in a form its parameter does not take.
    ResourceForm(crate::resource::ResourceKind),
}

impl Fix {
    /// The fix as it is written in a definition.
    pub fn in_definition(self) -> &'static str {
        match self {
            Fix::NumberFromDynamoDb => {
                "DynamoDB gives numbers as strings in `N`: turn it into a number first (`States.StringToJson` in a Pass state's Parameters), then compare"
            }
            Fix::PassTaskToken => {
                "pass `\"TaskToken.$\": \"$$.Task.Token\"` (JSONPath) or `\"{% $states.context.Task.Token %}\"` (JSONata) in the payload"
            }
            Fix::ResourceForm(_) => {
                "write the declared resource's placeholder in the form the parameter takes"
            }
            Fix::ReadLambdaPayload => {
                "the function's answer is under `Payload`: read it through `Payload`, or select it with `ResultSelector` (`\"result.$\": \"$.Payload\"`)"
            }
        }
    }
}

impl Diagnostic {
    pub fn error(code: Code, location: Location, message: impl Into<String>) -> Self {
        Self {
            code,
            severity: Severity::Error,
            location,
            message: message.into(),
            help: None,
            value_span: None,
            runtime: false,
            fix: None,
        }
    }

    pub fn warning(code: Code, location: Location, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::error(code, location, message)
        }
    }

    /// A definition AWS accepts that fails (or does something else than written) when this
    /// part runs: a warning marked [`Diagnostic::runtime`].
    pub fn runtime(code: Code, location: Location, message: impl Into<String>) -> Self {
        Self {
            runtime: true,
            ..Self::warning(code, location, message)
        }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// The fix, worded for a definition in `help`.
    pub fn with_fix(mut self, fix: Fix) -> Self {
        self.help = Some(fix.in_definition().to_owned());
        self.fix = Some(fix);
        self
    }

    pub fn with_value_span(mut self, span: Range<usize>) -> Self {
        self.value_span = Some(span);
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// An error, or a warning of something certain to go wrong at run time: what the DSL's
    /// `compile()`, the `workflow!` macro and `--deny-warnings` refuse.
    pub fn is_certain_failure(&self) -> bool {
        self.is_error() || self.runtime
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}[{}] {}: {}",
            self.severity, self.code, self.location, self.message
        )?;
        if self.runtime {
            f.write_str(" (AWS accepts the definition; this fails at run time)")?;
        }
        if let Some(help) = &self.help {
            write!(f, " (help: {help})")?;
        }
        Ok(())
    }
}

macro_rules! codes {
    ($($(#[doc = $doc:literal])* $name:ident,)*) => {
        /// The stable rule codes. Names follow AWS's `ValidateStateMachineDefinition`
        /// codes where AWS has one for the same rule.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        pub enum Code {
            $($(#[doc = $doc])* $name,)*
        }

        impl Code {
            /// Every code, for documentation and tests.
            pub const ALL: &'static [Code] = &[$(Code::$name,)*];

            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$name => stringify!($name),)*
                }
            }

            /// What the rule checks, in one sentence.
            pub fn describe(self) -> &'static str {
                match self {
                    $(Code::$name => concat!($($doc),*).trim_ascii(),)*
                }
            }
        }
    };
}

codes! {
    /// The document is not well-formed JSON.
    INVALID_JSON_DESCRIPTION,
    /// The document, a state or a nested object is not a JSON object where one is required.
    SCHEMA_VALIDATION_FAILED,
    /// A field that the specification does not define at this place.
    UNKNOWN_FIELD,
    /// A required field is absent.
    MISSING_FIELD,
    /// A field has the wrong JSON type.
    INVALID_TYPE,
    /// A field has a value outside the ones allowed (an enumeration, a range, a format).
    INVALID_VALUE,
    /// Two fields that cannot be used together.
    MUTUALLY_EXCLUSIVE_FIELDS,
    /// A field that exists only in the other query language (JSONPath or JSONata).
    QUERY_LANGUAGE_FIELD,
    /// A state asks for JSONPath inside a machine that uses JSONata.
    QUERY_LANGUAGE_CONFLICT,
    /// QueryLanguage written as an entry of States instead of a field of the machine.
    MISPLACED_QUERY_LANGUAGE,
    /// A Next, Default, Catch Next or StartAt names a state that does not exist in its scope.
    MISSING_TRANSITION_TARGET,
    /// A state that no path from StartAt reaches.
    UNREACHABLE_STATE,
    /// A scope has no terminal state (End, Succeed or Fail), so no execution can finish.
    MISSING_END_STATE,
    /// A state has neither Next nor End, or has both.
    INVALID_TRANSITION,
    /// The same state name appears more than once in the whole machine.
    DUPLICATE_STATE_NAME,
    /// A state name is empty or longer than 80 characters.
    INVALID_STATE_NAME,
    /// The Resource of a Task is not an ARN Step Functions can call.
    INVALID_RESOURCE,
    /// A JSONPath (Path) does not parse.
    INVALID_JSONPATH,
    /// A reference path uses an operator that selects several nodes (`*`, `..`, filters, slices).
    INVALID_REFERENCE_PATH,
    /// An intrinsic function call is malformed, unknown or has the wrong number of arguments.
    INVALID_INTRINSIC_FUNCTION,
    /// A JSONata expression does not parse.
    INVALID_JSONATA,
    /// A string looks like a JSONPath or intrinsic function but its key does not end in `.$`.
    NO_DOLLAR,
    /// A Pass state's Result contains paths, which are not evaluated.
    PASS_RESULT_IS_STATIC,
    /// A Choice rule is malformed: no or several comparisons, missing Variable or Next.
    INVALID_CHOICE_RULE,
    /// A Choice comparison has an operand of the wrong type.
    INVALID_CHOICE_OPERAND,
    /// ErrorEquals is empty, `States.ALL` is not alone and last, or an error name is unknown.
    INVALID_ERROR_EQUALS,
    /// A retrier or catcher can never match because an earlier one catches the same errors.
    SHADOWED_ERROR_HANDLER,
    /// An error name with a service's prefix that the guarded Task never raises (a missing
    /// `Exception` suffix, an unknown exception, another service's error).
    UNRAISED_ERROR,
    /// A field that only a distributed Map accepts, on an inline Map.
    DISTRIBUTED_MAP_ONLY,
    /// An integration pattern that Express workflows do not support.
    EXPRESS_UNSUPPORTED,
    /// A `.waitForTaskToken` task that never passes the task token to the service.
    MISSING_TASK_TOKEN,
    /// A `${...}` deployment placeholder that was never substituted.
    UNRESOLVED_PLACEHOLDER,
    /// A variable read that no Assign in scope defines.
    UNDEFINED_VARIABLE,
    /// A variable read that some path reaches without assigning it first.
    POSSIBLY_UNDEFINED_VARIABLE,
    /// An Assign key that is not a valid variable name.
    INVALID_VARIABLE_NAME,
    /// `$states` used with a field it does not have in this place.
    INVALID_STATES_REFERENCE,
    /// A JSONata function that Step Functions does not provide.
    UNKNOWN_JSONATA_FUNCTION,
    /// A `{% %}` expression with text around it, which Step Functions keeps as literal text.
    EXPRESSION_IN_TEXT,
    /// Two keys of one object that are the same once `.$` is removed.
    DUPLICATE_KEY,
    /// The definition is larger than the Step Functions service limit.
    DEFINITION_TOO_LARGE,
    /// A path reads a field that the state's input, typed from the declared input and task
    /// results, does not have.
    UNKNOWN_INPUT_FIELD,
    /// A Parameters or Arguments field that the called API does not have.
    UNKNOWN_PARAMETER,
    /// A required parameter of the called API is absent.
    MISSING_PARAMETER,
    /// A static parameter value of the wrong type, or outside the API's enumeration.
    INVALID_PARAMETER,
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
