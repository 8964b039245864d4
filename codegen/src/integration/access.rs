//! What a call needs from the execution role, written as data: which IAM actions, on the
//! resources which of its parameters name, under which conditions. The policy generator
//! (`iam/`) reads these and nothing else to know an integration; the validator reads the
//! same parameters to know which kind of typed resource each one takes.
//!
//! Sources: each optimized integration's "IAM policies for calling ..." page of the Step
//! Functions developer guide (the statements Step Functions itself generates for a new role),
//! and the Service Authorization Reference for the resource ARN formats.

use crate::resource::ResourceKind;

/// Everything one call needs: its grants, and what the definition can never tell (reported
/// with the policy, for the author to add).
#[derive(Debug, Clone, Copy)]
pub struct Access {
    pub grants: &'static [Grant],
    pub notice: Option<&'static str>,
}

impl Access {
    /// The parameters its grants read a resource from, in table order.
    pub fn named(&self) -> impl Iterator<Item = &'static Named> {
        self.grants
            .iter()
            .flat_map(|grant| grant.on)
            .filter_map(|target| match target {
                Target::Named(named) => Some(named),
                _ => None,
            })
    }
}

/// One statement: `actions` on the resources `on` names, for the calls `when` selects.
#[derive(Debug, Clone, Copy)]
pub struct Grant {
    pub when: When,
    pub actions: Actions,
    pub on: &'static [Target],
    pub conditions: &'static [Condition],
    /// Reported, and nothing granted, when none of `on` is known (a role to pass that the
    /// definition does not name is the user's to declare, never widened to every role).
    pub unless_known: Option<&'static str>,
    /// What the statement is for, beside the call (`query results`), in `--explain`.
    pub about: Option<&'static str>,
}

/// Which calls of the integration need a grant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    Always,
    /// Only `.sync` and `.sync:2`: the calls that watch a job until it ends.
    Job,
    /// Only when the parameter holds this text (API Gateway signs with the role only when
    /// `AuthType` is `IAM_ROLE`).
    Equals(&'static str, &'static str),
}

/// The IAM actions of a grant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actions {
    Listed(&'static [&'static str]),
    /// Those the Service Authorization Reference has for the call's own operation (DynamoDB's
    /// `putItem` is `dynamodb:PutItem`).
    OfTheCall,
}

/// Where a grant's resources come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// `*`: the actions have no resource-level permissions, or act on what exists only once
    /// the job runs (an ECS task's ARN).
    Any,
    /// A resource of the deployment's own account and region, always the same
    /// (`events` `rule/StepFunctionsGetEventsForECSTaskRule`).
    Own {
        service: &'static str,
        resource: &'static str,
    },
    /// What a parameter names.
    Named(Named),
    /// The roles declared for the state (`pass_roles`): those a task definition runs with.
    DeclaredRoles,
}

/// A parameter that names a resource, and how its value becomes an ARN.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Named {
    /// A path into the call's parameters: `FunctionName`, `Overrides.TaskRoleArn`, and
    /// `Entries[].EventBusName` for a field of each item of a list. When there are several,
    /// the first one given is read (SNS takes `TopicArn` or `TargetArn`).
    pub at: &'static [&'static str],
    /// The typed resource it takes, if it is one of those (`sfn.toml` declares).
    pub kind: Option<ResourceKind>,
    pub arn: ArnOf,
    /// When the parameter is not given, or not known before the run.
    pub otherwise: Otherwise,
    /// The ARN actually granted, when it is a resource the named one owns.
    pub then: Option<Derived>,
}

/// The steps of a [`Named::at`] path: each key, and whether the step goes into every item of
/// the list it holds (`Entries[]`).
pub fn steps(path: &str) -> impl Iterator<Item = (&str, bool)> {
    path.split('.').map(|step| match step.strip_suffix("[]") {
        Some(key) => (key, true),
        None => (step, false),
    })
}

/// How a parameter's value is written as an ARN; each also says what "any of them" is,
/// granted (and reported) when the value is known only at run time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArnOf {
    /// An ARN; a value that is not one is an unsubstituted template variable. `any` is the
    /// service's resource pattern (`role/*` for IAM, which has no region).
    Arn {
        service: &'static str,
        any: &'static str,
    },
    /// A name (or an ARN) of the resources under `prefix` (`table/`).
    Name {
        service: &'static str,
        prefix: &'static str,
    },
    /// A `family[:revision]` name (or an ARN): a family alone stands for each of its revisions.
    Revisioned {
        service: &'static str,
        prefix: &'static str,
    },
    /// A name that IAM knows in lower case (SageMaker jobs).
    LowerCase {
        service: &'static str,
        prefix: &'static str,
    },
    /// A Lambda function: name, `name:qualifier`, `account:function:name` or ARN; the
    /// qualifier parameter, when given, is appended to an unqualified one.
    Function { qualifier: Option<&'static str> },
    /// An SQS queue URL.
    QueueUrl,
    /// An S3 bucket, or its objects (`Key` or all) when the call's actions act on objects.
    BucketOrObjects { key: &'static str },
    /// The bucket of an `s3://bucket/prefix/` URL.
    S3UrlBucket,
    /// The objects under an `s3://bucket/prefix/` URL.
    S3UrlObjects,
    /// A Secrets Manager secret by name (IAM sees the name with its random six-character
    /// suffix) or ARN.
    Secret,
    /// A Glue database: the catalog, the database and its tables.
    GlueDatabase,
    /// An API Gateway endpoint (`id.execute-api.region.amazonaws.com`), with the call's
    /// `Stage`, `Method` and `Path`.
    ExecuteApi,
    /// A Redshift database user of the call's `ClusterIdentifier`, and its `Database`.
    RedshiftUser,
}

/// A resource that belongs to the one named, granted in its place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Derived {
    /// The executions of a state machine.
    Executions,
    /// The secret an EventBridge connection keeps its credentials in.
    ConnectionSecret,
}

/// What a grant gets when its parameter is not given, or not known before the run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Otherwise {
    /// The declared targets, else every resource of the kind (reported).
    Widen,
    /// When not given, the service's default (`event-bus/default`); else as [`Otherwise::Widen`].
    Default(&'static str),
    /// When not given, `*` if this other parameter is given (an SMS has no topic); else as
    /// [`Otherwise::Widen`].
    AnyWhen(&'static str),
    /// Nothing, unless written out: an optional feature the call may not use.
    Nothing,
}

/// A condition of a grant: `operator` on `key`, with a value of its own or a parameter's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Condition {
    pub operator: &'static str,
    pub key: &'static str,
    pub value: ConditionValue,
}

/// Where a condition's value comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConditionValue {
    Fixed(&'static str),
    /// A parameter's text; the condition is left out when it is not known, and `unknown`
    /// reported if there is one.
    Param {
        at: &'static str,
        unknown: Option<&'static str>,
    },
}

/// The resources of an AWS SDK service's calls: which parameters name them, and whether a
/// call naming none of them acts on the whole account (`s3:listBuckets`).
#[derive(Debug, Clone, Copy)]
pub struct SdkResources {
    pub service: &'static str,
    pub named: Named,
    /// A call without the parameter is on the account (`*`); else the catalog's ARN formats
    /// are tried.
    pub account_wide_without: bool,
}

// Builders, so that `table.rs` reads as what each integration grants.

pub(super) const fn grant(actions: &'static [&'static str], on: &'static [Target]) -> Grant {
    Grant {
        when: When::Always,
        actions: Actions::Listed(actions),
        on,
        conditions: &[],
        unless_known: None,
        about: None,
    }
}

impl Grant {
    pub(super) const fn when(self, when: When) -> Grant {
        Grant { when, ..self }
    }

    pub(super) const fn for_job(self) -> Grant {
        self.when(When::Job)
    }

    pub(super) const fn of_the_call(self) -> Grant {
        Grant {
            actions: Actions::OfTheCall,
            ..self
        }
    }

    pub(super) const fn conditions(self, conditions: &'static [Condition]) -> Grant {
        Grant { conditions, ..self }
    }

    pub(super) const fn about(self, about: &'static str) -> Grant {
        Grant {
            about: Some(about),
            ..self
        }
    }

    pub(super) const fn unless_known(self, notice: &'static str) -> Grant {
        Grant {
            unless_known: Some(notice),
            ..self
        }
    }
}

/// `iam:PassRole` of `roles`, to the one service `passed_to` names.
pub(super) const fn pass_role(roles: &'static [Target], passed_to: &'static [Condition]) -> Grant {
    grant(&["iam:PassRole"], roles).conditions(passed_to)
}

/// The condition that a role is passed to `service` and no other.
pub(super) const fn passed_to(service: &'static str) -> Condition {
    Condition {
        operator: "StringEquals",
        key: "iam:PassedToService",
        value: ConditionValue::Fixed(service),
    }
}

/// The actions on the EventBridge rule Step Functions manages to learn that a `.sync` job
/// ended.
pub(super) const SYNC_RULE_ACTIONS: &[&str] =
    &["events:DescribeRule", "events:PutRule", "events:PutTargets"];

/// A parameter naming a resource, widened when unknown.
pub(super) const fn named(at: &'static [&'static str], arn: ArnOf) -> Named {
    Named {
        at,
        kind: None,
        arn,
        otherwise: Otherwise::Widen,
        then: None,
    }
}

impl Named {
    pub(super) const fn kind(self, kind: ResourceKind) -> Named {
        Named {
            kind: Some(kind),
            ..self
        }
    }

    pub(super) const fn otherwise(self, otherwise: Otherwise) -> Named {
        Named { otherwise, ..self }
    }

    pub(super) const fn then(self, derived: Derived) -> Named {
        Named {
            then: Some(derived),
            ..self
        }
    }
}
