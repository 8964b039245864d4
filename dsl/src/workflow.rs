//! A whole workflow: its name, machine-level settings and the chain of states; compiled into
//! a validated state machine.

use std::fmt;
use std::path::{Path, PathBuf};

use serde_json::Number;
use sfn_codegen::model::{QueryLanguage, StateMachine};
use sfn_codegen::{Diagnostic, Fix, MachineType, Options};

use crate::chain::Chain;
use crate::problem::Problem;
use crate::states::{Ctx, Declarations};
use sfn_codegen::flow::{Shape, Types};
use sfn_codegen::manifest::{self, BuildManifest};
use sfn_codegen::pipeline::{Checks, Refuse, check_machine};
use sfn_codegen::resource::{self, ResourceKind};
use sfn_codegen::{cloudformation, iam};

/// A workflow: a named state machine, built from a chain of states.
///
/// ```
/// use sfn::prelude::*;
/// let workflow = Workflow::new("hello", Pass::new("Greet").result(serde_json::json!("hello")));
/// let compiled = workflow.compile().unwrap();
/// assert_eq!(
///     compiled.to_json(),
///     r#"{"StartAt":"Greet","States":{"Greet":{"Type":"Pass","Result":"hello","End":true}}}"#
/// );
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Workflow {
    name: String,
    comment: Option<String>,
    query_language: Option<QueryLanguage>,
    version: Option<String>,
    timeout_seconds: Option<Number>,
    machine_type: MachineType,
    partition: String,
    input_schema: Option<serde_json::Value>,
    definition: Chain,
}

impl Workflow {
    /// A workflow named `name` (the state machine's name: letters, digits, `-` and `_`)
    /// running `definition`.
    pub fn new(name: impl Into<String>, definition: impl Into<Chain>) -> Workflow {
        Workflow {
            name: name.into(),
            comment: None,
            query_language: None,
            version: None,
            timeout_seconds: None,
            machine_type: MachineType::Standard,
            partition: "aws".to_owned(),
            input_schema: None,
            definition: definition.into(),
        }
    }

    /// Declares the type of the execution input: its JSON Schema (from `schemars`, honouring
    /// serde's attributes) is written beside the definition as `input.schema.json`, for the
    /// callers of the workflow and for checking an input before starting an execution.
    ///
    /// ```
    /// use sfn::prelude::*;
    ///
    /// #[derive(serde::Deserialize, sfn::JsonSchema)]
    /// #[schemars(crate = "sfn::schemars")]
    /// struct Order {
    ///     #[serde(rename = "orderId")]
    ///     id: String,
    ///     total: f64,
    /// }
    ///
    /// let compiled = Workflow::new("orders", Succeed::new("Done"))
    ///     .input_type::<Order>()
    ///     .compile()
    ///     .unwrap();
    /// let schema = compiled.input_schema().unwrap();
    /// assert_eq!(schema["properties"]["orderId"]["type"], "string");
    /// assert_eq!(schema["required"], json!(["orderId", "total"]));
    /// ```
    pub fn input_type<T: schemars::JsonSchema>(mut self) -> Self {
        self.input_schema = Some(schemars::schema_for!(T).to_value());
        self
    }

    /// The workflow's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Standard or Express.
    pub fn machine_type(&self) -> MachineType {
        self.machine_type
    }

    /// A description of the machine (`Comment`).
    pub fn comment(mut self, comment: impl Into<String>) -> Self {
        self.comment = Some(comment.into());
        self
    }

    /// The query language of every state that does not set its own (`QueryLanguage`).
    pub fn query_language(mut self, language: QueryLanguage) -> Self {
        self.query_language = Some(language);
        self
    }

    /// Shorthand for `query_language(QueryLanguage::JSONata)`.
    pub fn jsonata(self) -> Self {
        self.query_language(QueryLanguage::JSONata)
    }

    /// The ASL version (`Version`, `"1.0"`).
    pub fn version(mut self, version: impl Into<String>) -> Self {
        self.version = Some(version.into());
        self
    }

    /// Fails the execution after this many seconds (`TimeoutSeconds`).
    pub fn timeout_seconds(mut self, seconds: u64) -> Self {
        self.timeout_seconds = Some(seconds.into());
        self
    }

    /// Deploys as an Express workflow: at most five minutes, at-least-once, no `.sync` or
    /// `.waitForTaskToken`; checked when compiling.
    pub fn express(mut self) -> Self {
        self.machine_type = MachineType::Express;
        self
    }

    /// The AWS partition integration ARNs are written for (`aws` unless set; `aws-cn`,
    /// `aws-us-gov`).
    pub fn partition(mut self, partition: impl Into<String>) -> Self {
        self.partition = partition.into();
        self
    }

    /// The state machine, without validating it.
    pub fn to_machine(&self) -> Result<StateMachine, BuildError> {
        self.assemble().map(|(machine, _)| machine)
    }

    fn assemble(&self) -> Result<(StateMachine, Declarations), BuildError> {
        let mut iam = Declarations::default();
        let mut problems = self.definition.problems.clone();
        if !is_valid_name(&self.name) {
            problems.push(Problem {
                state: "workflow name".to_owned(),
                message: format!(
                    "`{}` is not a valid state machine name: use 1 to 80 letters, digits, `-` and `_`",
                    self.name
                ),
            });
        }
        let mut ctx = Ctx {
            language: self.query_language.unwrap_or(QueryLanguage::JSONPath),
            partition: &self.partition,
            scope: String::new(),
            problems: &mut problems,
            iam: &mut iam,
        };
        let states = self.definition.render(&mut ctx);
        if !problems.is_empty() {
            return Err(BuildError::Assembly {
                workflow: self.name.clone(),
                problems,
            });
        }
        let machine = StateMachine {
            comment: self.comment.clone(),
            query_language: self.query_language,
            version: self.version.clone(),
            timeout_seconds: self.timeout_seconds.clone(),
            start_at: self.definition.start.clone(),
            states,
        };
        Ok((machine, iam))
    }

    /// Builds and validates the state machine. Errors of the validator (a `goto` to a
    /// missing state, an unreachable state, a `.sync` call in an Express workflow, ...) and
    /// what AWS would accept but certainly fails at run time (a variable nothing assigns, an
    /// unknown JSONata function) come back with their codes and locations; warnings of what
    /// may be fine stay in [`Compiled::warnings`].
    pub fn compile(&self) -> Result<Compiled, BuildError> {
        let (template, declarations) = self.assemble()?;
        // Typed resources are placeholders until an environment binds them; here they are
        // bound to their logical names in the workflow's own stand-in account, so what is
        // checked and run is a real definition.
        let declared = declarations
            .allowed
            .values()
            .chain(declarations.pass_roles.values());
        let resources = resource::references(
            &std::iter::once(sfn_codegen::emit::to_string(&template))
                .chain(declared.flatten().cloned())
                .collect::<Vec<_>>()
                .join("\n"),
        );
        // `sfn.toml` binds a logical name, whatever its kind: one name, one resource.
        let mut kinds = std::collections::BTreeMap::new();
        for (kind, name) in &resources {
            if let Some(other) = kinds.insert(name, *kind) {
                return Err(BuildError::Assembly {
                    workflow: self.name.clone(),
                    problems: vec![Problem {
                        state: "resources".to_owned(),
                        message: format!(
                            "`{name}` names both the {} and the {}: give each resource its own logical name",
                            other.noun(),
                            kind.noun()
                        ),
                    }],
                });
            }
        }
        let machine = if resources.is_empty() {
            template.clone()
        } else {
            resource::bind_locally(&template, &self.home())
        };
        // On by default: without a declared input, what the tasks return (declared, or
        // known from the service) is still followed; the input itself stays unknown.
        let checks = Checks {
            options: Options {
                machine_type: self.machine_type,
            },
            types: Types {
                input: Some(
                    self.input_schema
                        .as_ref()
                        .map_or(Shape::Unknown, Shape::from_schema),
                ),
                results: declarations
                    .result_types
                    .iter()
                    .map(|(name, schema)| (name.clone(), Shape::from_schema(schema)))
                    .collect(),
            },
        };
        // What AWS accepts but certainly fails at run time is refused here too. A declared
        // resource passed where another kind or form belongs shows only before binding; what
        // the bound machine says of the same parameter speaks of the stand-in binding, so the
        // template's finding replaces it.
        let typed = sfn_codegen::validate::check_typed_resources(&template);
        let mut diagnostics = check_machine(&machine, &checks);
        diagnostics.retain(|d| typed.iter().all(|t| t.location != d.location));
        diagnostics.extend(typed);
        let (errors, warnings): (Vec<_>, Vec<_>) = diagnostics
            .into_iter()
            .partition(|d| Refuse::CertainFailures.refuses(d));
        if !errors.is_empty() {
            return Err(BuildError::Invalid {
                workflow: self.name.clone(),
                diagnostics: errors.into_iter().map(in_rust_words).collect(),
            });
        }
        Ok(Compiled {
            name: self.name.clone(),
            machine_type: self.machine_type,
            template: (!resources.is_empty()).then_some(template),
            resources,
            machine,
            warnings,
            declarations,
            input_schema: self.input_schema.clone(),
        })
    }
}

impl Workflow {
    /// Where `compile()` binds typed resources: the workflow's partition, its first region,
    /// and the account AWS's documentation uses in examples (the local runner's too).
    fn home(&self) -> iam::Environment {
        let region = match self.partition.as_str() {
            "aws-cn" => "cn-north-1",
            "aws-us-gov" => "us-gov-west-1",
            _ => "us-east-1",
        };
        iam::Environment::new(self.partition.clone(), region, "123456789012")
    }
}

fn is_valid_name(name: &str) -> bool {
    (1..=80).contains(&name.chars().count())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// A workflow that compiled: its validated state machine.
#[derive(Debug, Clone, PartialEq)]
pub struct Compiled {
    name: String,
    machine_type: MachineType,
    /// The definition with typed resources as placeholders, when it has any.
    template: Option<StateMachine>,
    /// The typed resources it refers to.
    resources: Vec<(ResourceKind, String)>,
    /// The definition checked and run: typed resources bound to their logical names.
    machine: StateMachine,
    warnings: Vec<Diagnostic>,
    declarations: Declarations,
    input_schema: Option<serde_json::Value>,
}

impl Compiled {
    /// The workflow's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Standard or Express.
    pub fn machine_type(&self) -> MachineType {
        self.machine_type
    }

    /// The state machine model, typed resources bound to their logical names in the stand-in
    /// account `123456789012` (what `Compiled::run` runs).
    pub fn machine(&self) -> &StateMachine {
        &self.machine
    }

    /// The state machine with its typed resources bound to their logical names in
    /// `environment`.
    pub fn machine_in(&self, environment: &iam::Environment) -> StateMachine {
        match &self.template {
            Some(template) => resource::bind_locally(template, environment),
            None => self.machine.clone(),
        }
    }

    /// The typed resources the workflow calls (kind and logical name), each once.
    pub fn resources(&self) -> &[(ResourceKind, String)] {
        &self.resources
    }

    /// The typed functions it calls, by logical name: request and response schemas, handler.
    pub fn functions(
        &self,
    ) -> &std::collections::BTreeMap<String, crate::resources::FunctionTypes> {
        &self.declarations.functions
    }

    /// The definition as deployed: canonical pretty ASL with typed resources as
    /// `${sfn.<kind>.<name>.<form>}` placeholders, which `cargo sfn deploy` fills per
    /// environment (the same as [`Compiled::to_json_pretty`] when there are none).
    pub fn to_deployable_json(&self) -> String {
        sfn_codegen::emit::to_string_pretty(self.template.as_ref().unwrap_or(&self.machine))
    }

    /// What the validator warned about.
    pub fn warnings(&self) -> &[Diagnostic] {
        &self.warnings
    }

    /// The definition as compact canonical ASL.
    pub fn to_json(&self) -> String {
        sfn_codegen::emit::to_string(&self.machine)
    }

    /// The definition as pretty canonical ASL (the form written to files).
    pub fn to_json_pretty(&self) -> String {
        sfn_codegen::emit::to_string_pretty(&self.machine)
    }

    /// The least-privilege policy of the execution role in `environment`, with the targets
    /// the states declared ([`crate::Task::allow_resources`], [`crate::Task::pass_roles`]).
    /// Logging, tracing, a KMS key or statements of your own: use [`Compiled::policy_with`].
    pub fn policy(&self, environment: &iam::Environment) -> iam::Generated {
        self.policy_with(iam::Options::new(environment.clone(), self.name.clone()))
    }

    /// The policy with explicit options; the states' declarations are added to them.
    pub fn policy_with(&self, mut options: iam::Options) -> iam::Generated {
        // Typed resources given as ARNs are bound as the machine's are.
        let bound = |arn: &String| resource::fill_locally(arn, &options.environment);
        for (state, arns) in &self.declarations.allowed {
            let arns: Vec<String> = arns.iter().map(bound).collect();
            options
                .allowed
                .entry(state.clone())
                .or_default()
                .extend(arns);
        }
        for (state, arns) in &self.declarations.pass_roles {
            let arns: Vec<String> = arns.iter().map(bound).collect();
            options
                .pass_roles
                .entry(state.clone())
                .or_default()
                .extend(arns);
        }
        iam::policy(&self.machine_in(&options.environment), &options)
    }

    /// A CloudFormation template deploying this workflow: role, state machine, version and an
    /// alias `live` moved to each new version at once; the policy includes the targets the
    /// workflow declares (`allow_resources`, `pass_roles`). Returns the template and the
    /// places where the policy had to be widened.
    pub fn cloudformation(&self) -> (serde_json::Value, Vec<String>) {
        self.cloudformation_with(&cloudformation::Settings::new(
            self.name.clone(),
            self.machine_type,
        ))
    }

    /// [`Compiled::cloudformation`] with another alias, rollout strategy (canary, linear),
    /// alarms, logging, tracing or encryption.
    pub fn cloudformation_with(
        &self,
        settings: &cloudformation::Settings,
    ) -> (serde_json::Value, Vec<String>) {
        let policy = self.policy_with(settings.policy_options());
        let widened = policy.widened.iter().map(ToString::to_string).collect();
        // Typed resources stay placeholders, which the stack's `DefinitionSubstitutions` fill.
        let machine = self.template.as_ref().unwrap_or(&self.machine);
        (
            cloudformation::template(machine, settings, &policy),
            widened,
        )
    }

    /// The execution role's trust policy: Step Functions, for this state machine only.
    pub fn trust_policy(&self, environment: &iam::Environment) -> serde_json::Value {
        iam::trust_policy(environment, &self.name)
    }

    /// The JSON Schema of the execution input, when the workflow declares its type with
    /// [`Workflow::input_type`].
    pub fn input_schema(&self) -> Option<&serde_json::Value> {
        self.input_schema.as_ref()
    }

    /// What a deployment needs besides the definition: the name, Standard or Express, and
    /// the targets the states declared for the execution role's policy (written as
    /// `workflow.json` beside the definition, read by `cargo sfn deploy`).
    pub fn deployment_manifest(&self) -> BuildManifest {
        fn sorted(
            declared: &std::collections::HashMap<String, Vec<String>>,
        ) -> std::collections::BTreeMap<String, Vec<String>> {
            declared
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect()
        }
        BuildManifest {
            name: self.name.clone(),
            machine_type: self.machine_type,
            allow_resources: sorted(&self.declarations.allowed),
            pass_roles: sorted(&self.declarations.pass_roles),
            resources: self
                .resources
                .iter()
                .map(|(kind, name)| manifest::DeclaredResource {
                    kind: *kind,
                    name: name.clone(),
                })
                .collect(),
        }
    }

    /// Writes `<dir>/<name>/definition.asl.json`, its graph (`graph.mmd` for Mermaid,
    /// `graph.dot` for Graphviz), `input.schema.json` when the input type is declared, and with
    /// an environment `policy.json` and `trust-policy.json`, and the deployment manifest
    /// `workflow.json` ([`Compiled::deployment_manifest`]), creating folders; returns the
    /// definition's path.
    /// Files are rewritten only when their content changes, so builds stay incremental.
    pub fn write_to(
        &self,
        dir: &Path,
        environment: Option<&iam::Environment>,
    ) -> std::io::Result<PathBuf> {
        let folder = dir.join(&self.name);
        std::fs::create_dir_all(&folder)?;
        let path = folder.join("definition.asl.json");
        write_if_changed(&path, &self.to_deployable_json())?;
        for (name, types) in &self.declarations.functions {
            let functions = folder.join("functions");
            std::fs::create_dir_all(&functions)?;
            for (which, schema) in [("request", &types.request), ("response", &types.response)] {
                let text = serde_json::to_string_pretty(schema).unwrap_or_default() + "\n";
                write_if_changed(
                    &functions.join(format!("{name}.{which}.schema.json")),
                    &text,
                )?;
            }
        }
        let graph = sfn_codegen::graph::Graph::of(&self.machine);
        write_if_changed(&folder.join("graph.mmd"), &graph.to_mermaid())?;
        write_if_changed(&folder.join("graph.dot"), &graph.to_dot())?;
        let manifest =
            serde_json::to_string_pretty(&self.deployment_manifest()).unwrap_or_default();
        write_if_changed(&folder.join(manifest::FILE_NAME), &(manifest + "\n"))?;
        if let Some(schema) = &self.input_schema {
            let text = serde_json::to_string_pretty(schema).unwrap_or_default() + "\n";
            write_if_changed(&folder.join("input.schema.json"), &text)?;
        }
        if let Some(environment) = environment {
            let policy = self.policy(environment).policy;
            write_if_changed(&folder.join("policy.json"), &policy.to_json_pretty())?;
            let trust = serde_json::to_string_pretty(&self.trust_policy(environment))
                .unwrap_or_default()
                + "\n";
            write_if_changed(&folder.join("trust-policy.json"), &trust)?;
        }
        Ok(path)
    }
}

pub(crate) fn write_if_changed(path: &Path, content: &str) -> std::io::Result<()> {
    if std::fs::read_to_string(path).is_ok_and(|old| old == content) {
        return Ok(());
    }
    std::fs::write(path, content)
}

/// A finding's fix as it is written with this crate's builders, where that differs from
/// what a definition would say.
fn in_rust_words(mut diagnostic: Diagnostic) -> Diagnostic {
    let help = match diagnostic.fix {
        Some(Fix::NumberFromDynamoDb) => {
            "DynamoDB gives numbers as strings in `N`: read the attribute with `dynamodb::read(item).number(\"name\")` in the task's `result_selector` (it becomes a number), then compare the field it fills"
        }
        Some(Fix::PassTaskToken) => {
            "pass `context::task_token()` in the payload, e.g. `.payload(object().with(\"TaskToken\", context::task_token()))`"
        }
        Some(Fix::ReadLambdaPayload) => {
            "the function's answer is under `Payload`: call `.payload_only()` on `lambda::invoke(..)` to make the answer the task's result, or declare `result_type::<lambda::Response<T>>()` and read through `Payload`"
        }
        Some(Fix::ResourceForm(kind)) => crate::resources::passed_as(kind),
        None => return diagnostic,
    };
    diagnostic.help = Some(help.to_owned());
    diagnostic
}

/// Why a workflow did not compile. Its `Debug` form is its `Display` form, so a test's
/// `compile().unwrap()` shows the findings as they read, not the structure that holds them.
#[derive(Clone, PartialEq)]
pub enum BuildError {
    /// The states could not be put together (duplicate names, a value in the wrong query
    /// language, nothing after a chain that has no open end...).
    Assembly {
        /// The workflow's name.
        workflow: String,
        /// Every problem found.
        problems: Vec<Problem>,
    },
    /// The machine was built but the validator rejects it.
    Invalid {
        /// The workflow's name.
        workflow: String,
        /// The validator's errors, with codes and locations in the definition.
        diagnostics: Vec<Diagnostic>,
    },
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BuildError::Assembly { workflow, problems } => {
                writeln!(f, "workflow `{workflow}` could not be assembled:")?;
                for problem in problems {
                    writeln!(f, "  - {problem}")?;
                }
            }
            BuildError::Invalid {
                workflow,
                diagnostics,
            } => {
                // Every finding refuses the workflow; one AWS would accept says why.
                writeln!(f, "workflow `{workflow}` is refused:")?;
                for d in diagnostics {
                    writeln!(f, "  - error[{}] {}: {}", d.code, d.location, d.message)?;
                    if d.runtime {
                        writeln!(
                            f,
                            "    why: AWS accepts the definition, but this goes wrong whenever it runs"
                        )?;
                    }
                    if let Some(help) = &d.help {
                        writeln!(f, "    help: {help}")?;
                    }
                }
            }
        }
        Ok(())
    }
}

impl fmt::Debug for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\n")?;
        fmt::Display::fmt(self, f)
    }
}

impl std::error::Error for BuildError {}
