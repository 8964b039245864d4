//! AWS Step Functions Local's mock configuration file, so existing suites move over
//! unchanged: `StateMachines.<name>.TestCases.<case>.<state>` names a mocked response, and
//! `MockedResponses.<response>` answers each invocation of the state (`"0"`, `"1-2"`, ...)
//! with `Return` (the task's result) or `Throw` (`Error` and `Cause`).

use crate::Failure;
use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::Value;

use crate::mocks::{Mocks, Reply};

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MockFile {
    /// How SDK results are checked against the models (TestState's `fieldValidationMode`):
    /// `STRICT` unless set.
    #[serde(rename = "FieldValidationMode", default)]
    field_validation: crate::mocks::FieldValidation,
    #[serde(rename = "StateMachines", default)]
    state_machines: BTreeMap<String, Machine>,
    #[serde(rename = "MockedResponses", default)]
    mocked_responses: BTreeMap<String, BTreeMap<String, Response>>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
struct Machine {
    #[serde(rename = "TestCases")]
    test_cases: BTreeMap<String, BTreeMap<String, String>>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
struct Response {
    #[serde(rename = "Return")]
    returns: Option<Value>,
    #[serde(rename = "Throw")]
    throws: Option<Throw>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
struct Throw {
    /// Absent: a callback failed with neither (`SendTaskFailure` without them).
    #[serde(rename = "Error", default)]
    error: Option<String>,
    #[serde(rename = "Cause", default)]
    cause: Option<String>,
}

/// The answers to one state's invocations: `(first, last, reply)`, in order.
type Answers = Vec<(usize, usize, Reply)>;

impl MockFile {
    /// Reads a mock file; a misspelt key or a response that is neither `Return` nor `Throw`
    /// is an error that names it.
    pub fn parse(text: &str) -> Result<MockFile, String> {
        let file: MockFile =
            serde_json::from_str(text).map_err(|e| format!("the mock file is not valid: {e}"))?;
        for (name, invocations) in &file.mocked_responses {
            for (key, response) in invocations {
                invocation_range(key).ok_or_else(|| format!("MockedResponses.{name}: `{key}` is not an invocation number or range such as \"0\" or \"1-2\""))?;
                if response.returns.is_some() == response.throws.is_some() {
                    return Err(format!(
                        "MockedResponses.{name}.{key}: give exactly one of `Return` and `Throw`"
                    ));
                }
            }
        }
        for (machine, cases) in &file.state_machines {
            for (case, states) in &cases.test_cases {
                for (state, response) in states {
                    if !file.mocked_responses.contains_key(response) {
                        return Err(format!(
                            "StateMachines.{machine}.TestCases.{case}.{state} names `{response}`, which is not in MockedResponses"
                        ));
                    }
                }
            }
        }
        Ok(file)
    }

    /// The test cases of `machine`, by name.
    pub fn test_cases(&self, machine: &str) -> Vec<&str> {
        self.state_machines
            .get(machine)
            .map(|m| m.test_cases.keys().map(String::as_str).collect())
            .unwrap_or_default()
    }

    /// The mocks of one test case.
    pub fn mocks(&self, machine: &str, test_case: &str) -> Result<Mocks, String> {
        let cases = self.state_machines.get(machine).ok_or_else(|| {
            let known: Vec<&String> = self.state_machines.keys().collect();
            format!("the mock file has no state machine `{machine}` (it has {known:?}); name it with --name")
        })?;
        let states = cases.test_cases.get(test_case).ok_or_else(|| {
            format!(
                "state machine `{machine}` has no test case `{test_case}` (it has {:?})",
                cases.test_cases.keys().collect::<Vec<_>>()
            )
        })?;
        let mut mocks = Mocks::new().with_field_validation(self.field_validation);
        for (state, response) in states {
            let answers = self.answers(response);
            mocks = mocks.state(state.clone(), move |call| pick(&answers, call.invocation));
        }
        Ok(mocks)
    }

    fn answers(&self, response: &str) -> Answers {
        let mut answers: Answers = self.mocked_responses[response]
            .iter()
            .filter_map(|(key, r)| {
                let (first, last) = invocation_range(key)?;
                let reply = match (&r.returns, &r.throws) {
                    (Some(value), _) => Reply::ok(value.clone()),
                    (_, Some(throw)) => Reply::outcome(Err(Failure {
                        error: throw.error.clone(),
                        cause: throw.cause.clone(),
                    })),
                    (None, None) => return None,
                };
                Some((first, last, reply))
            })
            .collect();
        answers.sort_by_key(|(first, _, _)| *first);
        answers
    }
}

/// The reply for an invocation; past the last one given, the last answer repeats.
fn pick(answers: &Answers, invocation: usize) -> Reply {
    answers
        .iter()
        .find(|(first, last, _)| (*first..=*last).contains(&invocation))
        .or(answers.last())
        .map(|(_, _, reply)| reply.clone())
        .unwrap_or_else(|| Reply::fail("States.Runtime", "the mocked response has no answers"))
}

fn invocation_range(key: &str) -> Option<(usize, usize)> {
    match key.split_once('-') {
        Some((a, b)) => {
            let (a, b) = (a.trim().parse().ok()?, b.trim().parse().ok()?);
            (a <= b).then_some((a, b))
        }
        None => key.trim().parse().ok().map(|n| (n, n)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// The shape of the mock file in AWS's Step Functions Local guide.
    const FILE: &str = r#"{
      "StateMachines": {"LambdaSQSIntegration": {"TestCases": {
        "HappyPath": {"LambdaState": "MockedLambdaSuccess"},
        "RetryPath": {"LambdaState": "MockedLambdaRetry"}}}},
      "MockedResponses": {
        "MockedLambdaSuccess": {"0": {"Return": {"StatusCode": 200, "Payload": {"body": "ok"}}}},
        "MockedLambdaRetry": {
          "0": {"Throw": {"Error": "Lambda.ResourceNotReadyException", "Cause": "not ready"}},
          "1-2": {"Throw": {"Error": "Lambda.TimeoutException", "Cause": "timed out"}},
          "3": {"Return": {"StatusCode": 200, "Payload": {"body": "at last"}}}}}
    }"#;

    #[test]
    fn the_field_validation_mode_is_the_file_s_strict_unless_set() {
        let present = MockFile::parse(r#"{"FieldValidationMode": "PRESENT", "StateMachines": {"m": {"TestCases": {"t": {}}}}}"#).unwrap();
        assert_eq!(
            present.mocks("m", "t").unwrap().field_validation(),
            crate::FieldValidation::Present
        );
        let default =
            MockFile::parse(r#"{"StateMachines": {"m": {"TestCases": {"t": {}}}}}"#).unwrap();
        assert_eq!(
            default.mocks("m", "t").unwrap().field_validation(),
            crate::FieldValidation::Strict
        );
        assert!(MockFile::parse(r#"{"FieldValidationMode": "LOOSE"}"#).is_err());
    }

    #[test]
    fn invocations_pick_their_answer() {
        let file = MockFile::parse(FILE).unwrap();
        assert_eq!(
            file.test_cases("LambdaSQSIntegration"),
            ["HappyPath", "RetryPath"]
        );
        let answers = file.answers("MockedLambdaRetry");
        assert_eq!(
            pick(&answers, 0).outcome.unwrap_err().name(),
            "Lambda.ResourceNotReadyException"
        );
        assert_eq!(
            pick(&answers, 2).outcome.unwrap_err().name(),
            "Lambda.TimeoutException"
        );
        assert_eq!(
            pick(&answers, 3).outcome.unwrap(),
            json!({"StatusCode": 200, "Payload": {"body": "at last"}})
        );
        assert_eq!(
            pick(&answers, 9).outcome.unwrap()["Payload"]["body"],
            "at last"
        );
        assert!(
            file.mocks("Other", "HappyPath")
                .unwrap_err()
                .contains("no state machine `Other`")
        );
        assert!(
            file.mocks("LambdaSQSIntegration", "Sad")
                .unwrap_err()
                .contains("no test case `Sad`")
        );
    }

    #[test]
    fn mistakes_are_named() {
        assert!(
            MockFile::parse(r#"{"StateMachine": {}}"#)
                .unwrap_err()
                .contains("unknown field `StateMachine`")
        );
        assert!(
            MockFile::parse(r#"{"MockedResponses": {"R": {"x": {"Return": 1}}}}"#)
                .unwrap_err()
                .contains("`x` is not an invocation")
        );
        assert!(
            MockFile::parse(r#"{"MockedResponses": {"R": {"0": {}}}}"#)
                .unwrap_err()
                .contains("exactly one of")
        );
        assert!(
            MockFile::parse(r#"{"StateMachines": {"M": {"TestCases": {"C": {"S": "Missing"}}}}}"#)
                .unwrap_err()
                .contains("not in MockedResponses")
        );
    }
}
