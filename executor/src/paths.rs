//! JSONPath as Step Functions evaluates it (the Jayway dialect): a definite path (fields and
//! indexes only) selects one value or fails; any other path selects a list of matches.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use serde_json::Value;
use sfn_codegen::jsonpath::filter::{self, Filter, Op, Operand};
use sfn_codegen::jsonpath::{self, Path, Root, Selector, Step};

/// What a path is evaluated against.
#[derive(Debug, Clone, Copy)]
pub struct Roots<'a> {
    /// `$`: the state's input (or, in some fields, its result).
    pub input: &'a Value,
    /// `$$`: the context object.
    pub context: &'a Value,
    /// `$name`: workflow variables.
    pub variables: &'a serde_json::Map<String, Value>,
}

impl<'a> Roots<'a> {
    pub fn new(
        input: &'a Value,
        context: &'a Value,
        variables: &'a serde_json::Map<String, Value>,
    ) -> Roots<'a> {
        Roots {
            input,
            context,
            variables,
        }
    }
}

/// Why a path selected nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathError {
    /// Not a path Step Functions can read.
    Invalid(String),
    /// A definite path reached a field or index that is not there.
    NotFound,
    /// `$name` reads a variable nothing assigned.
    UndefinedVariable(String),
}

impl std::fmt::Display for PathError {
    /// What went wrong, to follow "The JSONPath '$.x' specified for the field 'y' ".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PathError::NotFound => f.write_str("could not be found in the input"),
            PathError::UndefinedVariable(name) => write!(f, "reads `${name}`, which no Assign set"),
            PathError::Invalid(message) => f.write_str(message),
        }
    }
}

/// The value `text` selects. Definite paths give the value itself; others give an array of
/// every match, as Jayway does.
pub fn read(text: &str, roots: Roots<'_>) -> Result<Value, PathError> {
    evaluate(parsed(text)?.as_ref(), roots)
}

/// How many parsed paths a thread keeps: a definition has far fewer.
const CACHED_PATHS: usize = 4096;

thread_local! {
    /// Paths already parsed: a state in a loop reads the same paths on every pass.
    static PARSED: RefCell<HashMap<String, Rc<Path>>> = RefCell::new(HashMap::new());
}

/// `text` parsed, from the thread's cache when it was parsed before.
pub fn parsed(text: &str) -> Result<Rc<Path>, PathError> {
    if let Some(path) = PARSED.with(|cache| cache.borrow().get(text).cloned()) {
        return Ok(path);
    }
    let path = Rc::new(jsonpath::parse(text).map_err(|e| PathError::Invalid(e.message))?);
    PARSED.with(|cache| {
        let mut cache = cache.borrow_mut();
        if cache.len() >= CACHED_PATHS {
            cache.clear();
        }
        cache.insert(text.to_owned(), Rc::clone(&path));
    });
    Ok(path)
}

pub fn evaluate(path: &Path, roots: Roots<'_>) -> Result<Value, PathError> {
    let root = match &path.root {
        Root::Input => roots.input,
        Root::Context => roots.context,
        Root::Variable(name) => roots
            .variables
            .get(name)
            .ok_or_else(|| PathError::UndefinedVariable(name.clone()))?,
    };
    // A trailing function (`.length()`) does not make a path indefinite.
    let definite = path
        .steps
        .iter()
        .all(|(step, _)| step.is_single_node() || matches!(step, Step::Function(_)));
    let mut nodes: Vec<&Value> = vec![root];
    for (step, _) in &path.steps {
        if let Step::Function(name) = step {
            return function(name, &nodes, definite);
        }
        let mut next = Vec::with_capacity(nodes.len());
        for node in nodes {
            select(step, node, roots, &mut next)?;
        }
        if definite && next.is_empty() {
            return Err(PathError::NotFound);
        }
        nodes = next;
    }
    Ok(if definite {
        nodes.first().map(|v| (*v).clone()).unwrap_or(Value::Null)
    } else {
        Value::Array(nodes.into_iter().cloned().collect())
    })
}

fn select<'v>(
    step: &Step,
    node: &'v Value,
    roots: Roots<'_>,
    out: &mut Vec<&'v Value>,
) -> Result<(), PathError> {
    match step {
        Step::Field(name) => out.extend(node.get(name.as_str())),
        Step::Index(index) => out.extend(index_of(node, *index)),
        Step::Wildcard => match node {
            Value::Array(items) => out.extend(items.iter()),
            Value::Object(map) => out.extend(map.values()),
            _ => {}
        },
        Step::Descendant(name) => descend(node, name.as_deref(), out),
        Step::Slice(start, end, step) => {
            if let Value::Array(items) = node {
                slice(items, *start, *end, *step, out);
            }
        }
        Step::Union(selectors) => {
            for selector in selectors {
                match selector {
                    Selector::Name(name) => out.extend(node.get(name.as_str())),
                    Selector::Index(index) => out.extend(index_of(node, *index)),
                }
            }
        }
        Step::Filter(expression) => {
            let filter = filter::parse(expression).map_err(PathError::Invalid)?;
            let candidates: Vec<&Value> = match node {
                Value::Array(items) => items.iter().collect(),
                other => vec![other],
            };
            for candidate in candidates {
                if holds(&filter, candidate, roots) {
                    out.push(candidate);
                }
            }
        }
        Step::Function(_) => {}
    }
    Ok(())
}

fn index_of(node: &Value, index: i64) -> Option<&Value> {
    let items = node.as_array()?;
    let at = if index < 0 {
        items.len().checked_sub(index.unsigned_abs() as usize)?
    } else {
        index as usize
    };
    items.get(at)
}

/// Every value below `node` (itself included for `..*`) named `name`, or every value.
fn descend<'v>(node: &'v Value, name: Option<&str>, out: &mut Vec<&'v Value>) {
    let children: Box<dyn Iterator<Item = (Option<&str>, &'v Value)>> = match node {
        Value::Object(map) => Box::new(map.iter().map(|(k, v)| (Some(k.as_str()), v))),
        Value::Array(items) => Box::new(items.iter().map(|v| (None, v))),
        _ => return,
    };
    for (key, child) in children {
        match name {
            Some(wanted) if key == Some(wanted) => out.push(child),
            Some(_) => {}
            None => out.push(child),
        }
        descend(child, name, out);
    }
}

fn slice<'v>(
    items: &'v [Value],
    start: Option<i64>,
    end: Option<i64>,
    step: Option<i64>,
    out: &mut Vec<&'v Value>,
) {
    let len = items.len() as i64;
    let clamp = |i: i64| if i < 0 { (len + i).max(0) } else { i.min(len) };
    let (from, to) = (clamp(start.unwrap_or(0)), clamp(end.unwrap_or(len)));
    let step = step.unwrap_or(1).max(1) as usize;
    if from < to {
        out.extend(items[from as usize..to as usize].iter().step_by(step));
    }
}

/// A trailing Jayway function: `length()` of an array (each array's, for a list).
fn function(name: &str, nodes: &[&Value], definite: bool) -> Result<Value, PathError> {
    let length = |v: &Value| match v {
        Value::Array(items) => Ok(Value::from(items.len())),
        Value::Object(map) => Ok(Value::from(map.len())),
        Value::String(text) => Ok(Value::from(text.chars().count())),
        _ => Err(PathError::Invalid(
            "length() needs an array, object or string".into(),
        )),
    };
    match name {
        "length" if definite => nodes
            .first()
            .map_or(Err(PathError::NotFound), |v| length(v)),
        "length" => Ok(Value::Array(
            nodes.iter().map(|v| length(v)).collect::<Result<_, _>>()?,
        )),
        other => Err(PathError::Invalid(format!(
            "the path function `{other}()` is not supported"
        ))),
    }
}

/// Writes `value` at a reference path (`ResultPath`) inside `target`, creating the objects on
/// the way; `Err` when a step crosses something that is not an object (or a missing index).
pub fn write(target: &mut Value, path: &Path, value: Value) -> Result<(), String> {
    let Some(((last, _), parents)) = path.steps.split_last() else {
        *target = value;
        return Ok(());
    };
    let mut node = target;
    for (step, _) in parents {
        node = match step {
            Step::Field(name) => {
                let Value::Object(map) = node else {
                    return Err(format!(
                        "`{name}` is set inside something that is not an object"
                    ));
                };
                map.entry(name.clone())
                    .or_insert_with(|| Value::Object(serde_json::Map::new()))
            }
            Step::Index(index) => node
                .as_array_mut()
                .and_then(|items| usize::try_from(*index).ok().and_then(|i| items.get_mut(i)))
                .ok_or_else(|| format!("index {index} does not exist"))?,
            _ => return Err("a result path selects one node".into()),
        };
    }
    match (last, node) {
        (Step::Field(name), Value::Object(map)) => {
            map.insert(name.clone(), value);
            Ok(())
        }
        (Step::Index(index), Value::Array(items)) => {
            let slot = usize::try_from(*index)
                .ok()
                .and_then(|i| items.get_mut(i))
                .ok_or_else(|| format!("index {index} does not exist"))?;
            *slot = value;
            Ok(())
        }
        (Step::Field(name), _) => Err(format!(
            "`{name}` is set inside something that is not an object"
        )),
        _ => Err("a result path selects one node".into()),
    }
}

/// Whether a filter (`[?(...)]`) keeps `candidate`, as Jayway decides: a comparison with a
/// missing operand holds only for `!=`.
fn holds(filter: &Filter, candidate: &Value, roots: Roots<'_>) -> bool {
    match filter {
        Filter::Or(a, b) => holds(a, candidate, roots) || holds(b, candidate, roots),
        Filter::And(a, b) => holds(a, candidate, roots) && holds(b, candidate, roots),
        Filter::Not(inner) => !holds(inner, candidate, roots),
        Filter::Exists(operand) => match operand_value(operand, candidate, roots) {
            Some(Value::Bool(b)) => b,
            Some(Value::Null) | None => false,
            Some(_) => true,
        },
        Filter::Compare(left, op, right) => {
            let Some(l) = operand_value(left, candidate, roots) else {
                return matches!(op, Op::Ne);
            };
            if let (Op::Matches, Operand::Regex(regex)) = (op, right) {
                return l.as_str().is_some_and(|s| regex.is_match(s));
            }
            let Some(r) = operand_value(right, candidate, roots) else {
                return matches!(op, Op::Ne);
            };
            compare(&l, *op, &r)
        }
    }
}

/// An operand's value: `@` paths read the candidate, `$` paths the state's input.
fn operand_value(operand: &Operand, candidate: &Value, roots: Roots<'_>) -> Option<Value> {
    match operand {
        Operand::Literal(value) => Some(value.clone()),
        Operand::Regex(_) => None,
        Operand::Path { current, path } => {
            let at = if *current {
                Roots {
                    input: candidate,
                    ..roots
                }
            } else {
                roots
            };
            evaluate(path, at).ok()
        }
    }
}

fn compare(l: &Value, op: Op, r: &Value) -> bool {
    let ordering = match (l, r) {
        (Value::Number(a), Value::Number(b)) => a.as_f64().partial_cmp(&b.as_f64()),
        (Value::String(a), Value::String(b)) => Some(a.cmp(b)),
        _ => None,
    };
    match op {
        Op::Eq => l == r || ordering == Some(std::cmp::Ordering::Equal),
        Op::Ne => !(l == r || ordering == Some(std::cmp::Ordering::Equal)),
        Op::Lt => ordering.is_some_and(|o| o.is_lt()),
        Op::Le => ordering.is_some_and(|o| o.is_le()),
        Op::Gt => ordering.is_some_and(|o| o.is_gt()),
        Op::Ge => ordering.is_some_and(|o| o.is_ge()),
        Op::In => r.as_array().is_some_and(|items| items.contains(l)),
        Op::NotIn => r.as_array().is_some_and(|items| !items.contains(l)),
        Op::Matches => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keeps(expression: &str, candidate: Value) -> bool {
        let empty = serde_json::Map::new();
        let input = json!({"limit": 10});
        let roots = Roots {
            input: &input,
            context: &Value::Null,
            variables: &empty,
        };
        holds(&filter::parse(expression).unwrap(), &candidate, roots)
    }

    #[test]
    fn jayway_filters() {
        assert!(keeps("@.price < 10", json!({"price": 5})));
        assert!(!keeps("@.price < 10", json!({"price": 15})));
        assert!(keeps(
            "@.price < $.limit && @.tag == 'sale'",
            json!({"price": 5, "tag": "sale"})
        ));
        assert!(keeps("@.a || @.b", json!({"b": 1})));
        assert!(keeps("!(@.a)", json!({"b": 1})));
        assert!(keeps("@.name =~ /^ab.*/i", json!({"name": "ABC"})));
        assert!(keeps("@.size in ['S', 'M']", json!({"size": "M"})));
        assert!(keeps("@.n != 3", json!({})));
    }
    use serde_json::json;

    fn read_in(text: &str, input: &Value) -> Result<Value, PathError> {
        let empty = serde_json::Map::new();
        read(
            text,
            Roots {
                input,
                context: &json!({"Execution": {"Id": "x"}}),
                variables: &empty,
            },
        )
    }

    #[test]
    fn definite_and_indefinite_paths_select_as_jayway() {
        let input = json!({"a": {"b": [1, 2, 3, {"c": 4}]}, "items": [{"p": 5, "n": "x"}, {"p": 15, "n": "y"}]});
        assert_eq!(read_in("$.a.b[1]", &input), Ok(json!(2)));
        assert_eq!(read_in("$.a.b[-1].c", &input), Ok(json!(4)));
        assert_eq!(read_in("$.a.missing", &input), Err(PathError::NotFound));
        assert_eq!(read_in("$.items[*].n", &input), Ok(json!(["x", "y"])));
        assert_eq!(read_in("$.a.b[0:2]", &input), Ok(json!([1, 2])));
        assert_eq!(read_in("$.a.b[0,2]", &input), Ok(json!([1, 3])));
        assert_eq!(read_in("$..p", &input), Ok(json!([5, 15])));
        assert_eq!(read_in("$.items[?(@.p > 10)].n", &input), Ok(json!(["y"])));
        assert_eq!(read_in("$.items[?(@.n == 'x')].p", &input), Ok(json!([5])));
        assert_eq!(read_in("$.items.length()", &input), Ok(json!(2)));
        assert_eq!(read_in("$.nothing[*]", &input), Ok(json!([])));
        assert_eq!(read_in("$$.Execution.Id", &input), Ok(json!("x")));
    }

    #[test]
    fn result_paths_merge_into_objects() {
        let mut target = json!({"order": {"id": 1}});
        let path = jsonpath::parse("$.order.payment.result").unwrap();
        write(&mut target, &path, json!("ok")).unwrap();
        assert_eq!(
            target,
            json!({"order": {"id": 1, "payment": {"result": "ok"}}})
        );
        let mut scalar = json!({"order": 3});
        assert!(
            write(
                &mut scalar,
                &jsonpath::parse("$.order.x").unwrap(),
                json!(1)
            )
            .is_err()
        );
        let mut whole = json!({"a": 1});
        write(&mut whole, &jsonpath::parse("$").unwrap(), json!(2)).unwrap();
        assert_eq!(whole, json!(2));
    }
}
