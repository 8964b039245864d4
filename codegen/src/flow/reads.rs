//! Reading a path in a shape: a field that is not there, absent on some paths, or read
//! from an array or a scalar is reported where the path is written. Also the context
//! object's shape.

use super::*;

/// How a path is read, and how it is named in messages.
pub(super) struct How<'a> {
    pub(super) shown: &'a str,
    pub(super) subject: &'a str,
    pub(super) tolerant: bool,
    pub(super) jsonata: bool,
}

/// Where reads are reported, and what the context object (`$$`) holds there.
pub(super) struct Reads<'a> {
    pub(super) at: Location,
    pub(super) out: &'a mut Vec<Diagnostic>,
    pub(super) execution_input: &'a Shape,
    /// `$$.Map.Item.Value`, in a Map's `ItemSelector`.
    pub(super) map_item: Option<Shape>,
}

pub(super) static UNKNOWN: Shape = Shape::Unknown;

/// `$$.Execution.Input`: the execution input's type, when it is declared.
pub(super) fn execution_input(types: &Types) -> &Shape {
    types.input.as_ref().unwrap_or(&UNKNOWN)
}

impl<'a> Reads<'a> {
    pub(super) fn new(at: Location, out: &'a mut Vec<Diagnostic>, types: &'a Types) -> Self {
        Reads {
            at,
            out,
            execution_input: execution_input(types),
            map_item: None,
        }
    }

    /// Reads like these, whose findings go to `out` (to be dropped).
    pub(super) fn quiet<'b>(&'b self, at: Location, out: &'b mut Vec<Diagnostic>) -> Reads<'b> {
        Reads {
            at,
            out,
            execution_input: self.execution_input,
            map_item: self.map_item.clone(),
        }
    }
    /// The shape `path` selects in `from`, reporting a missing field at `field`.
    pub(super) fn read(&mut self, from: &Shape, path: &str, field: &Location) -> Shape {
        self.read_with(from, path, field, false)
    }

    /// `read`, where a field absent on some paths may be read (an `IsPresent` test) when
    /// `tolerant`.
    pub(super) fn read_with(
        &mut self,
        from: &Shape,
        path: &str,
        field: &Location,
        tolerant: bool,
    ) -> Shape {
        let how = How {
            shown: path,
            subject: "input",
            tolerant,
            jsonata: false,
        };
        self.follow(from, path, field, how)
    }

    /// A read of the context object: `rest` is what follows `$$` in `shown`.
    pub(super) fn read_context(&mut self, rest: &str, shown: &str, field: &Location) -> Shape {
        let context = context_object(self.execution_input, self.map_item.as_ref());
        let how = How {
            shown,
            subject: "context object",
            tolerant: false,
            jsonata: false,
        };
        self.follow(&context, &format!("${rest}"), field, how)
    }

    /// `read` of a JSONata chain (`$states.input.a.b` as the JSONPath `$.a.b`): a field of
    /// an array maps over its items, as JSONata paths do. `shown` is the chain as written
    /// and `subject` what `from` is (the input, the state's result, its error output).
    pub(super) fn read_jsonata(
        &mut self,
        from: &Shape,
        path: &str,
        shown: &str,
        subject: &str,
        field: &Location,
    ) -> Shape {
        let how = How {
            shown,
            subject,
            tolerant: false,
            jsonata: true,
        };
        self.follow(from, path, field, how)
    }

    pub(super) fn follow(
        &mut self,
        from: &Shape,
        path: &str,
        field: &Location,
        how: How<'_>,
    ) -> Shape {
        let Ok(parsed) = jsonpath::parse(path) else {
            return Shape::Unknown;
        };
        let How {
            shown: path,
            subject,
            tolerant,
            jsonata,
        } = how;
        if parsed.root != Root::Input {
            return Shape::Unknown;
        }
        let mut current = from.clone();
        let mut mapped = false;
        for (step, _) in &parsed.steps {
            // JSONata: a field of an array is that field of each item.
            while jsonata
                && matches!(step, Step::Field(_))
                && let Shape::Array(item) = current
            {
                current = *item;
                mapped = true;
            }
            current = match (step, &current) {
                (_, Shape::Unknown) => return Shape::Unknown,
                (Step::Field(name), Shape::Object(fields) | Shape::Partial(fields)) => {
                    match fields.get(name) {
                        Some(found) if found.maybe_missing && !tolerant => {
                            self.maybe_missing(path, name, field);
                            return Shape::Unknown;
                        }
                        Some(found) => found.shape.clone(),
                        // An object only partly known may have it.
                        None if current.is_open() => return Shape::Unknown,
                        None => {
                            self.missing(path, name, &current, subject, field);
                            return Shape::Unknown;
                        }
                    }
                }
                (Step::Index(_), Shape::Array(item)) | (Step::Field(_), Shape::Map(item)) => {
                    (**item).clone()
                }
                // JSONata: a field of a scalar is nothing (no failure of its own).
                (Step::Field(_), _) if jsonata => return Shape::Unknown,
                // A field of an array or a scalar, an index into anything but an array: the
                // path matches nothing, which fails the state (an `IsPresent` test is false).
                // Step Functions' reference paths are definite: one that selects nothing
                // fails with `States.Runtime` or `States.ParameterPathFailure`, as the
                // executor's conformance tests (`executor/tests/run.rs`) record.
                (Step::Field(_), Shape::Array(_) | Shape::String | Shape::Number | Shape::Bool)
                | (
                    Step::Index(_),
                    Shape::Object(_)
                    | Shape::Partial(_)
                    | Shape::Map(_)
                    | Shape::String
                    | Shape::Number
                    | Shape::Bool,
                ) if !tolerant => {
                    self.wrong_step(path, step, &current, field);
                    return Shape::Unknown;
                }
                _ => return Shape::Unknown,
            };
        }
        // Mapped over items, the value is an array of them, or one of them for one item.
        if mapped { Shape::Unknown } else { current }
    }

    pub(super) fn maybe_missing(&mut self, path: &str, name: &str, field: &Location) {
        self.out.push(
            Diagnostic::error(
                Code::UNKNOWN_INPUT_FIELD,
                field.clone(),
                format!("`{path}` reads `{name}`, which some paths into this state do not set: the read fails on those"),
            )
            .with_help(format!(
                "set `{name}` on every path (a catcher's `ResultPath` keeps the input), or test it first with a Choice (`IsPresent`)"
            )),
        );
    }

    pub(super) fn wrong_step(&mut self, path: &str, step: &Step, found: &Shape, field: &Location) {
        let (what, help) = match (step, found) {
            (Step::Field(name), Shape::Array(_)) => (
                format!("the field `{name}` of {}", found.describe()),
                "pick an item first (`[0]`): a Parallel's result is an array of its branches' outputs, a Map's an array of its iterations' outputs".to_owned(),
            ),
            (Step::Field(name), _) => (
                format!("the field `{name}` of {}", found.describe()),
                "a string, number or boolean has no fields; read the object that holds it".to_owned(),
            ),
            (_, _) => (
                format!("an index of {}", found.describe()),
                "only arrays can be indexed; read the object's field by name".to_owned(),
            ),
        };
        self.out.push(
            Diagnostic::error(
                Code::UNKNOWN_INPUT_FIELD,
                field.clone(),
                format!("`{path}` reads {what}: the path matches nothing and the state fails"),
            )
            .with_help(help),
        );
    }

    pub(super) fn missing(
        &mut self,
        path: &str,
        name: &str,
        object: &Shape,
        subject: &str,
        field: &Location,
    ) {
        let Shape::Object(fields) = object else {
            return;
        };
        let mut diagnostic = Diagnostic::error(
            Code::UNKNOWN_INPUT_FIELD,
            field.clone(),
            format!(
                "`{path}` reads `{name}`, but the {subject} here is {}",
                object.describe()
            ),
        );
        let lambda_answer = fields.contains_key("Payload") && fields.contains_key("StatusCode");
        diagnostic = match did_you_mean(name, fields.keys().map(String::as_str)) {
            Some(best) => diagnostic.with_help(format!("did you mean `{best}`?")),
            None if lambda_answer => diagnostic.with_fix(Fix::ReadLambdaPayload),
            None => diagnostic.with_help(
                "the type comes from the declared input and results, and the ResultPath/OutputPath of the states before this one",
            ),
        };
        self.out.push(diagnostic);
    }

    pub(super) fn field(&self, key: &str) -> Location {
        self.at.key(key)
    }

    /// A value of the wrong type where a field needs one kind: certain to fail at run time.
    pub(super) fn mismatch(&mut self, field: &Location, message: String, help: &str) {
        self.out
            .push(Diagnostic::error(Code::INVALID_TYPE, field.clone(), message).with_help(help));
    }
}

/// The context object (Step Functions' "Accessing execution data from the Context object"):
/// `Execution` with its input, `State`, `StateMachine`; `Task` in a callback task and `Map`
/// in an `ItemSelector` only. Objects whose every field the documentation may not list are
/// open; the top level is closed, so a misspelt `$$.Exection` is found.
pub(super) fn context_object(execution_input: &Shape, map_item: Option<&Shape>) -> Shape {
    let open = |fields: &[(&str, Shape)]| {
        Shape::Partial(
            fields
                .iter()
                .map(|(name, shape)| ((*name).to_owned(), Field::required(shape.clone())))
                .collect(),
        )
    };
    let execution = open(&[
        ("Id", Shape::String),
        ("Input", execution_input.clone()),
        ("Name", Shape::String),
        ("RoleArn", Shape::String),
        ("StartTime", Shape::String),
        ("RedriveCount", Shape::Number),
    ]);
    let state = open(&[
        ("EnteredTime", Shape::String),
        ("Name", Shape::String),
        ("RetryCount", Shape::Number),
    ]);
    let machine = open(&[("Id", Shape::String), ("Name", Shape::String)]);
    let task = open(&[("Token", Shape::String)]);
    let item = open(&[
        ("Index", Shape::Number),
        ("Value", map_item.cloned().unwrap_or(Shape::Unknown)),
    ]);
    Shape::Object(Fields::from([
        ("Execution".to_owned(), Field::required(execution)),
        ("State".to_owned(), Field::required(state)),
        ("StateMachine".to_owned(), Field::required(machine)),
        ("Task".to_owned(), Field::optional(task)),
        ("Map".to_owned(), Field::optional(open(&[("Item", item)]))),
    ]))
}
