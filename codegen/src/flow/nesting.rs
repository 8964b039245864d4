//! Parallel branches and Map iterations: the scopes nested in a state, the input each
//! gets, and the array a Parallel or Map gives back (the outputs of the states that end
//! them).

use super::*;

/// The branches of a Parallel and the processor of a Map, each with its input.
pub(super) fn nested_scopes<'a>(
    state: &'a State,
    input: &Shape,
    types: &Types,
    language: QueryLanguage,
    at: &Location,
) -> Vec<(Scope<'a>, Location, Shape)> {
    if state_language(state, language) == QueryLanguage::JSONata {
        return jsonata_nested_scopes(state, input, language, at);
    }
    let mut ignored = Vec::new();
    let mut reads = Reads::new(at.clone(), &mut ignored, types);
    match state {
        State::Parallel(parallel) => {
            let effective = select(input, &parallel.input_path, "InputPath", &mut reads);
            let branch_input = template(
                parallel.parameters.as_ref(),
                &effective,
                "Parameters",
                &mut reads,
            )
            .unwrap_or(effective);
            branch_scopes(parallel, language, at, branch_input)
        }
        State::Map(map) => {
            let (processor, key) = match (&map.item_processor, &map.iterator) {
                (Some(processor), _) => (processor, "ItemProcessor"),
                (None, Some(iterator)) => (iterator, "Iterator"),
                (None, None) => return Vec::new(),
            };
            let effective = select(input, &map.input_path, "InputPath", &mut reads);
            let items = match &map.items_path {
                Some(path) => reads.read(&effective, path, &at.key("ItemsPath")),
                None => effective.clone(),
            };
            let item_input = iteration_input(map, &items, &effective, &mut reads);
            let scope = Scope {
                start_at: &processor.start_at,
                states: &processor.states,
                language: map.query_language.unwrap_or(language),
            };
            vec![(scope, at.key(key), item_input)]
        }
        _ => Vec::new(),
    }
}

/// Each branch of a Parallel, with the input every branch gets.
pub(super) fn branch_scopes<'a>(
    parallel: &'a crate::model::Parallel,
    language: QueryLanguage,
    at: &Location,
    input: Shape,
) -> Vec<(Scope<'a>, Location, Shape)> {
    let language = parallel.query_language.unwrap_or(language);
    parallel
        .branches
        .iter()
        .enumerate()
        .map(|(index, branch)| {
            let scope = Scope {
                start_at: &branch.start_at,
                states: &branch.states,
                language,
            };
            (scope, at.key("Branches").index(index), input.clone())
        })
        .collect()
}

/// `nested_scopes` of a JSONata Parallel (each branch gets `Arguments`, or the input) or Map
/// (each iteration an item of `Items`, or what `ItemSelector` builds).
pub(super) fn jsonata_nested_scopes<'a>(
    state: &'a State,
    input: &Shape,
    language: QueryLanguage,
    at: &Location,
) -> Vec<(Scope<'a>, Location, Shape)> {
    let env = jsonata_values::Env {
        input,
        result: None,
        error_output: false,
    };
    let built = |template: Option<&Payload>| {
        template.map(|template| jsonata_values::template_shape(template, &env))
    };
    match state {
        State::Parallel(parallel) => {
            let branch_input = built(parallel.arguments.as_ref()).unwrap_or_else(|| input.clone());
            branch_scopes(parallel, language, at, branch_input)
        }
        State::Map(map) => {
            let Some(processor) = map.item_processor.as_ref() else {
                return Vec::new();
            };
            let item = if map.item_selector.is_some() {
                built(map.item_selector.as_ref()).unwrap_or(Shape::Unknown)
            } else if map.item_reader.is_some() {
                Shape::Unknown
            } else {
                match built(map.items.as_ref()).unwrap_or_else(|| input.clone()) {
                    Shape::Array(item) => *item,
                    _ => Shape::Unknown,
                }
            };
            let item_input = batched(map, item);
            let scope = Scope {
                start_at: &processor.start_at,
                states: &processor.states,
                language: map.query_language.unwrap_or(language),
            };
            vec![(scope, at.key("ItemProcessor"), item_input)]
        }
        _ => Vec::new(),
    }
}

/// What an iteration of a JSONPath Map gets: an item of `items`, or what `ItemSelector`
/// builds from the Map's input and `$$.Map.Item`; batched by an `ItemBatcher`.
pub(super) fn iteration_input(
    map: &crate::model::Map,
    items: &Shape,
    effective: &Shape,
    reads: &mut Reads<'_>,
) -> Shape {
    let item = match items {
        Shape::Array(item) if map.item_reader.is_none() => (**item).clone(),
        _ => Shape::Unknown,
    };
    let item_input = match map.item_selector.as_ref().or(map.parameters.as_ref()) {
        Some(selector) => {
            let outer = reads.map_item.replace(item);
            let built = template(Some(selector), effective, "ItemSelector", reads);
            reads.map_item = outer;
            built.unwrap_or(Shape::Unknown)
        }
        None => item,
    };
    batched(map, item_input)
}

/// What an iteration gets: the item, or with an `ItemBatcher` `{"Items": [...], "BatchInput"}`.
pub(super) fn batched(map: &crate::model::Map, item: Shape) -> Shape {
    let Some(batcher) = &map.item_batcher else {
        return item;
    };
    let mut fields = IndexMap::from([(
        "Items".to_owned(),
        Field::required(Shape::Array(Box::new(item))),
    )]);
    if batcher.batch_input.is_some() {
        fields.insert("BatchInput".to_owned(), Field::required(Shape::Unknown));
    }
    Shape::Object(fields.into())
}

/// `$states.result` of a JSONata state: a Task's declared or documented result, the array a
/// Parallel or Map gives.
pub(super) fn jsonata_result(
    state: &State,
    input: &Shape,
    types: &Types,
    declared: Option<&Shape>,
    language: QueryLanguage,
) -> Option<Shape> {
    match state {
        State::Task(task) => declared.cloned().or_else(|| known_result(&task.resource)),
        State::Parallel(_) | State::Map(_) => {
            Some(collection_result(state, input, types, language))
        }
        _ => None,
    }
}

/// The result of a Parallel (an array of its branches' outputs, in branch order) or a Map
/// (an array of its iterations' outputs; one that writes its results to S3 or tolerates
/// failures gives something else).
pub(super) fn collection_result(
    state: &State,
    input: &Shape,
    types: &Types,
    language: QueryLanguage,
) -> Shape {
    if let State::Map(map) = state
        && (map.result_writer.is_some()
            || map.tolerated_failure_count.is_some()
            || map.tolerated_failure_percentage.is_some()
            || map.tolerated_failure_count_path.is_some()
            || map.tolerated_failure_percentage_path.is_some())
    {
        return Shape::Unknown;
    }
    let outputs = nested_scopes(state, input, types, language, &Location::root())
        .into_iter()
        .map(|(scope, _, input)| scope_output(&scope, types, input));
    Shape::Array(Box::new(any_of(outputs)))
}

/// Whether the state ends its scope (the execution, a branch or an iteration) when it
/// succeeds.
pub(super) fn ends(state: &State) -> bool {
    match state {
        State::Succeed(_) => true,
        State::Choice(_) | State::Fail(_) => false,
        other => other.transition().is_some_and(|t| t.next.is_none()),
    }
}

/// The output of a scope run on `input`: what its ending states give, joined.
pub(super) fn scope_output(scope: &Scope<'_>, types: &Types, input: Shape) -> Shape {
    let Some(inputs) = state_inputs(scope, types, input) else {
        return Shape::Unknown;
    };
    let mut ignored = Vec::new();
    let mut reads = Reads::new(Location::root(), &mut ignored, types);
    let mut output = None::<Shape>;
    for (name, input) in &inputs {
        let Some(state) = scope.states.get(name) else {
            continue;
        };
        let outputs = transfer(state, name, input, types, scope.language, &mut reads);
        if let Some(end) = outputs.end {
            output = Some(match output {
                Some(output) => output.join(&end),
                None => end,
            });
        }
    }
    output.unwrap_or(Shape::Unknown)
}

/// One shape for values that come from any of `shapes` (a Parallel's branches): what they
/// share, where a field only some have is not an error to read (it is there in the item
/// that comes from those).
pub(super) fn any_of(shapes: impl Iterator<Item = Shape>) -> Shape {
    shapes
        .reduce(|a, b| a.join(&b))
        .map_or(Shape::Unknown, Shape::without_absence)
}
