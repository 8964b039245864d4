use super::*;

fn ok(src: &str) -> Node {
    parse(src).unwrap_or_else(|e| panic!("{src}: {e:?}"))
}

fn err(src: &str) -> SyntaxError {
    parse(src).expect_err(src)
}

#[test]
fn parses_the_language() {
    for src in [
        "$states.input.order.total > 100 and $exists($states.input.coupon)",
        "Account.Order[0].Product.(Price * Quantity)",
        "$sum(Account.Order.Product.(Price * Quantity))",
        "Account.Order.Product{`Product Name`: $.Price}",
        "[1..5, 7]",
        "($x := 3; $y := $x * 2)",
        "( $double := function($v) { $v * 2 }; $map([1,2,3], $double) )",
        "λ($a, $b)<nn:n>{ $a + $b }(1, 2)",
        "Phone[type='mobile'].number",
        "$states.input ~> | order | {'status': 'done'}, ['temp'] |",
        "Account.Order^(>Price, <Name)",
        "library.loans@$l.books@$b[$l.isbn=$b.isbn]",
        "Employee#$i[$i < 3]",
        "$match(s, /^[a-z]+\\/x$/i)",
        "a / b / 2",
        "$count(x) ? 'some' : 'none'",
        "$states.result.Payload ?: {}",
        "x ?? 'default'",
        "\"quoted \\\"name\\\" \\u00e9\" & 'single'",
        "/* comment */ $states.context.Execution.Id",
        "-$x + 1e3 - 2.5E-1",
        "$[0]",
        "$$.a",
        "{}",
        "[]",
        "not in [1]",
        "$partition([1,2,3,4], 2)",
        "$f(?, 2)",
        "Account.Order[]",
    ] {
        ok(src);
    }
}

#[test]
fn reports_syntax_errors_with_offsets() {
    assert_eq!(err("1 +").span, 3..3);
    let e = err("$sum(a, b");
    assert!(e.message.contains("expected `)`"), "{}", e.message);
    assert_eq!(err("a.b)").span, 3..4);
    assert!(err("'open").message.contains("never closed"));
    assert!(err("'\\q'").message.contains("escape"));
    assert!(err("").message.contains("empty"));
    assert!(err("{'a' 1}").message.contains("expected `:`"));
    assert!(err("function(x) { x }").message.contains("parameter"));
    assert!(err("1 := 2").message.contains("left side"));
    let deep = "(".repeat(5000);
    assert!(parse(&deep).is_err());
}

#[test]
fn collects_free_variables_functions_and_states_fields() {
    let facts = facts(&ok(
        "( $local := 1; $total + $local + $sum($items) + $myfn(1) + $states.input.x + $states.errorOutput )",
    ));
    let names: Vec<&str> = facts.variables.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["total", "items"]);
    assert_eq!(facts.unknown_functions.len(), 1);
    assert_eq!(facts.unknown_functions[0].0, "myfn");
    let fields: Vec<&str> = facts
        .states_fields
        .iter()
        .map(|(n, _)| n.as_str())
        .collect();
    assert_eq!(fields, ["input", "errorOutput"]);
}

#[test]
fn finds_templates() {
    assert_eq!(template("{% 1 + 2 %}"), Some((" 1 + 2 ", 2)));
    assert_eq!(template("plain"), None);
    assert!(looks_like_template("{% unterminated"));
}

#[test]
fn a_top_level_sequence_needs_parentheses() {
    assert!(parse("$x := 3; $x").is_err());
}
