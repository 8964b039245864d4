//! The state graph as the page draws it: codegen's one walk of a definition
//! ([`sfn_codegen::graph::Graph`]), with each node placed in its innermost group and each
//! group under the group its owner sits in, so the page lays out every branch inside its
//! Parallel or Map state.

use serde::Serialize;
use sfn_codegen::graph::{Graph, NodeKind, Via};
use sfn_codegen::model::StateMachine;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Drawing {
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
    pub groups: Vec<Group>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Node {
    pub id: String,
    pub label: String,
    /// `start`, `end`, `task`, `flow`, `choice`, `succeed`, `fail`, `parallel`, `map`.
    pub kind: &'static str,
    /// The innermost group it is drawn in (`None`: the top level).
    pub group: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Edge {
    pub from: String,
    pub to: String,
    pub label: Option<String>,
    /// `start`, `next`, `rule`, `default`, `catch`, `end`, `enter`.
    pub via: &'static str,
    /// The Choice rule's or the catcher's index.
    pub index: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    pub label: String,
    /// The Parallel or Map state's node.
    pub owner: String,
    /// The group the owner is drawn in.
    pub parent: Option<usize>,
}

impl Drawing {
    pub fn of(machine: &StateMachine) -> Drawing {
        let graph = Graph::of(machine);
        // Groups nest, so a node's innermost group is the smallest one holding it.
        let innermost = |id: &str| {
            graph
                .groups
                .iter()
                .enumerate()
                .filter(|(_, g)| g.nodes.iter().any(|n| n == id))
                .min_by_key(|(_, g)| g.nodes.len())
                .map(|(index, _)| index)
        };
        let nodes = graph
            .nodes
            .iter()
            .map(|n| Node {
                id: n.id.clone(),
                label: n.label.clone(),
                kind: kind(n.kind),
                group: innermost(&n.id),
            })
            .collect();
        let groups = graph
            .groups
            .iter()
            .map(|g| Group {
                label: g.label.clone(),
                owner: g.owner.clone(),
                parent: innermost(&g.owner),
            })
            .collect();
        let edges = graph
            .edges
            .iter()
            .map(|e| {
                let (via, index) = match e.via {
                    Via::Start => ("start", None),
                    Via::Next => ("next", None),
                    Via::Rule(i) => ("rule", Some(i)),
                    Via::Default => ("default", None),
                    Via::Catch(i) => ("catch", Some(i)),
                    Via::End => ("end", None),
                    Via::Enter => ("enter", None),
                };
                Edge {
                    from: e.from.clone(),
                    to: e.to.clone(),
                    label: e.label.clone(),
                    via,
                    index,
                }
            })
            .collect();
        Drawing {
            nodes,
            edges,
            groups,
        }
    }

    /// The node drawing state `name` (start and end nodes are not states).
    pub fn node_of(&self, name: &str) -> Option<&Node> {
        self.nodes
            .iter()
            .find(|n| n.label == name && !matches!(n.kind, "start" | "end"))
    }

    pub fn label_of(&self, id: &str) -> Option<&str> {
        self.nodes
            .iter()
            .find(|n| n.id == id)
            .map(|n| n.label.as_str())
    }
}

fn kind(kind: NodeKind) -> &'static str {
    match kind {
        NodeKind::Start => "start",
        NodeKind::End => "end",
        NodeKind::Task => "task",
        NodeKind::Flow => "flow",
        NodeKind::Choice => "choice",
        NodeKind::Succeed => "succeed",
        NodeKind::Fail => "fail",
        NodeKind::Parallel => "parallel",
        NodeKind::Map => "map",
    }
}
