//! What the end-to-end tests (and the deploy benchmark) need: a real moto server on
//! loopback, started here and stopped when the test process ends, and a recording proxy in
//! front of it that can inject faults (throttling, 5xx, dropped connections, AWS error
//! answers) or answer with recorded AWS-shaped responses where moto lacks an API.

#![allow(dead_code)]

pub mod cloudwatch_cbor;
pub mod flows;
pub mod moto;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

/// The moto server shared by the tests of one process: it stores state machines as given.
pub fn moto_port() -> u16 {
    static PORT: OnceLock<u16> = OnceLock::new();
    *PORT.get_or_init(|| start_moto(false))
}

/// A second moto server that really runs executions. Its ASL parser is older than the
/// language (it rejects `ItemBatcher`, for one), so only tests that start executions use it.
pub fn executing_moto_port() -> u16 {
    static PORT: OnceLock<u16> = OnceLock::new();
    *PORT.get_or_init(|| start_moto(true))
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free loopback port")
}

fn start_moto(execute: bool) -> u16 {
    let server = moto::server();
    let port = free_port();
    // The shell waits for this process to end, then stops moto: no server outlives the tests.
    let script = format!(
        "\"$MOTO_SERVER\" -H 127.0.0.1 -p {port} >/dev/null 2>&1 & m=$!; while kill -0 {parent} 2>/dev/null; do sleep 1; done; kill $m",
        parent = std::process::id()
    );
    // Not waited for: the shell outlives this call on purpose and ends with the tests.
    #[allow(clippy::zombie_processes)]
    Command::new("sh")
        .args(["-c", &script])
        .env("MOTO_SERVER", &server)
        .env("MOTO_PORT", port.to_string())
        .stdin(Stdio::null())
        .spawn()
        .expect("sh runs");
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Ok(response) = http(port, "GET", "/moto-api/data.json", &[], "")
            && response.0 == 200
        {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "{} did not answer on port {port} within 60 s",
            server.display()
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    if !execute {
        return port;
    }
    // Executions really run (set before any machine is created: it picks the backing store).
    let config =
        r#"{"stepfunctions": {"execute_state_machine": true}, "lambda": {"use_docker": false}}"#;
    let (status, _) = http(
        port,
        "POST",
        "/moto-api/config",
        &[("Content-Type", "application/json")],
        config,
    )
    .expect("moto config");
    assert!(
        (200..300).contains(&status),
        "moto config answered {status}"
    );
    port
}

/// One HTTP/1.1 request on a fresh connection; returns the status and body.
pub fn http(
    port: u16,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> std::io::Result<(u16, String)> {
    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    let mut request = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str("\r\n");
    request.push_str(body);
    stream.write_all(request.as_bytes())?;
    let mut response = Vec::new();
    stream.read_to_end(&mut response)?;
    let text = String::from_utf8_lossy(&response).into_owned();
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    Ok((status, body))
}

/// A Step Functions call straight to moto (JSON protocol), as a person or another tool
/// makes it: not through `cargo sfn` or a proxy.
pub fn states_call(action: &str, body: &serde_json::Value) -> serde_json::Value {
    let auth = "AWS4-HMAC-SHA256 Credential=testing/20260101/us-east-1/states/aws4_request, SignedHeaders=host, Signature=0";
    let target = format!("AWSStepFunctions.{action}");
    let (status, text) = http(
        moto_port(),
        "POST",
        "/",
        &[
            ("Content-Type", "application/x-amz-json-1.0"),
            ("X-Amz-Target", &target),
            ("Authorization", auth),
        ],
        &body.to_string(),
    )
    .expect("moto answers");
    assert_eq!(status, 200, "{action}: {text}");
    serde_json::from_str(&text).unwrap_or(serde_json::Value::Null)
}

/// A CloudWatch query-protocol call to moto (the tests set alarms up and trip them).
pub fn cloudwatch(params: &[(&str, &str)]) -> String {
    // Alarms live in the shared server, where the rollouts run.
    let mut body = String::from("Version=2010-08-01");
    for (key, value) in params {
        body.push_str(&format!("&{key}={}", value.replace(' ', "%20")));
    }
    let auth = "AWS4-HMAC-SHA256 Credential=testing/20260101/us-east-1/monitoring/aws4_request, SignedHeaders=host, Signature=0";
    let (status, text) = http(
        moto_port(),
        "POST",
        "/",
        &[
            ("Content-Type", "application/x-www-form-urlencoded"),
            ("Authorization", auth),
        ],
        &body,
    )
    .expect("cloudwatch call");
    assert_eq!(status, 200, "{text}");
    text
}

/// A metric alarm named `name`, in state OK.
pub fn create_alarm(name: &str) {
    cloudwatch(&[
        ("Action", "PutMetricAlarm"),
        ("AlarmName", name),
        ("MetricName", "ExecutionsFailed"),
        ("Namespace", "AWS/States"),
        ("Statistic", "Sum"),
        ("Period", "60"),
        ("EvaluationPeriods", "1"),
        ("Threshold", "1"),
        ("ComparisonOperator", "GreaterThanOrEqualToThreshold"),
    ]);
    set_alarm(name, "OK");
}

pub fn set_alarm(name: &str, state: &str) {
    cloudwatch(&[
        ("Action", "SetAlarmState"),
        ("AlarmName", name),
        ("StateValue", state),
        ("StateReason", "set by the test"),
    ]);
}

/// What the proxy does to the next `times` calls of `action` (`states:CreateStateMachine`).
#[derive(Debug, Clone)]
pub enum Fault {
    /// An AWS error answer with this code and message (400 unless the code says otherwise).
    Error { code: String, message: String },
    /// HTTP 503 with an HTML body, as a load balancer would.
    Unavailable,
    /// The connection is closed without an answer.
    Drop,
    /// A recorded AWS-shaped answer: status and JSON body (for calls moto lacks).
    Respond { status: u16, body: String },
}

#[derive(Debug)]
struct Rule {
    action: String,
    times: usize,
    fault: Fault,
}

/// A loopback HTTP proxy to moto that records each call's action and injects faults.
#[derive(Debug, Clone)]
pub struct Proxy {
    pub port: u16,
    log: Arc<Mutex<Vec<String>>>,
    rules: Arc<Mutex<Vec<Rule>>>,
}

impl Proxy {
    /// A proxy to the shared moto server.
    pub fn start() -> Proxy {
        Proxy::to(moto_port())
    }

    /// A proxy to the moto server that runs executions.
    pub fn executing() -> Proxy {
        Proxy::to(executing_moto_port())
    }

    fn to(upstream: u16) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").expect("proxy binds");
        let proxy = Proxy {
            port: listener.local_addr().expect("proxy address").port(),
            log: Arc::default(),
            rules: Arc::default(),
        };
        let shared = proxy.clone();
        std::thread::spawn(move || {
            for client in listener.incoming().flatten() {
                let proxy = shared.clone();
                std::thread::spawn(move || proxy.serve(client, upstream));
            }
        });
        proxy
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Every call seen, in order (an injected fault's call included).
    pub fn actions(&self) -> Vec<String> {
        self.log.lock().unwrap().clone()
    }

    pub fn clear(&self) {
        self.log.lock().unwrap().clear();
    }

    /// The calls that change something.
    pub fn writes(&self) -> Vec<String> {
        self.actions().into_iter().filter(|a| is_write(a)).collect()
    }

    pub fn count(&self, action: &str) -> usize {
        self.actions().iter().filter(|a| *a == action).count()
    }

    pub fn inject(&self, action: &str, times: usize, fault: Fault) {
        self.rules.lock().unwrap().push(Rule {
            action: action.to_owned(),
            times,
            fault,
        });
    }

    fn serve(&self, client: TcpStream, upstream: u16) {
        let _ = client.set_read_timeout(Some(Duration::from_secs(60)));
        let mut reader = BufReader::new(client.try_clone().expect("clone stream"));
        let mut client = client;
        while let Some(request) = read_request(&mut reader) {
            let action = action_of(&request);
            self.log.lock().unwrap().push(action.clone());
            let fault = {
                let mut rules = self.rules.lock().unwrap();
                rules
                    .iter_mut()
                    .find(|r| r.action == action && r.times > 0)
                    .map(|rule| {
                        rule.times -= 1;
                        rule.fault.clone()
                    })
            };
            let response = match fault {
                None if action == "cloudwatch:DescribeAlarms" => {
                    describe_alarms(&request, upstream)
                }
                None => forward(&request, upstream),
                Some(Fault::Drop) => {
                    let _ = client.shutdown(Shutdown::Both);
                    return;
                }
                Some(fault) => fault_response(&fault, &action),
            };
            if client.write_all(&response).is_err() {
                return;
            }
        }
    }
}

fn is_write(action: &str) -> bool {
    let name = action.split(':').nth(1).unwrap_or_default();
    [
        "Create", "Update", "Put", "Delete", "Tag", "Untag", "Publish", "Start", "Stop", "Set",
    ]
    .iter()
    .any(|verb| name.starts_with(verb))
}

/// A raw request: head and body.
struct Request {
    head: String,
    body: Vec<u8>,
}

fn read_request(reader: &mut BufReader<TcpStream>) -> Option<Request> {
    let mut head = String::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        head.push_str(&line);
        if line == "\r\n" {
            break;
        }
    }
    let length = header(&head, "content-length")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    Some(Request { head, body })
}

fn header<'a>(head: &'a str, name: &str) -> Option<&'a str> {
    head.lines().find_map(|line| {
        let (key, value) = line.split_once(':')?;
        key.eq_ignore_ascii_case(name).then(|| value.trim())
    })
}

/// `states:CreateStateMachine`, `iam:GetRole`, `cloudwatch:DescribeAlarms`, `sts:GetCallerIdentity`.
fn action_of(request: &Request) -> String {
    let request_line = request.head.lines().next().unwrap_or_default();
    if let Some(operation) = cloudwatch_cbor::operation(request_line) {
        return format!("cloudwatch:{operation}");
    }
    // The service signs its name into the credential scope: `.../<service>/aws4_request`.
    let authorization = header(&request.head, "authorization").unwrap_or_default();
    let service = authorization
        .split("/aws4_request")
        .next()
        .and_then(|scope| scope.rsplit('/').next())
        .map_or(
            "unknown",
            |s| if s == "monitoring" { "cloudwatch" } else { s },
        );
    if let Some(target) = header(&request.head, "x-amz-target") {
        let operation = target.rsplit('.').next().unwrap_or(target);
        return format!("{service}:{operation}");
    }
    let body = String::from_utf8_lossy(&request.body);
    match body
        .split('&')
        .find_map(|pair| pair.strip_prefix("Action="))
    {
        Some(operation) => format!("{service}:{operation}"),
        // REST services (Lambda, S3): the method and path.
        None => {
            let mut parts = request_line.split(' ');
            let method = parts.next().unwrap_or_default();
            let path = parts.next().unwrap_or_default();
            format!("{service}:{method} {path}")
        }
    }
}

fn forward(request: &Request, upstream: u16) -> Vec<u8> {
    let mut head = String::new();
    for line in request.head.lines() {
        let lower = line.to_ascii_lowercase();
        if lower.starts_with("connection:") || line.is_empty() {
            continue;
        }
        head.push_str(line);
        head.push_str("\r\n");
    }
    head.push_str("Connection: close\r\n\r\n");
    let Ok(mut stream) = TcpStream::connect(("127.0.0.1", upstream)) else {
        return fault_response(&Fault::Unavailable, "");
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(60)));
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&request.body);
    let mut response = Vec::new();
    let _ = stream.read_to_end(&mut response);
    keep_alive(response)
}

/// A CBOR `DescribeAlarms` answered from moto's alarms through its query protocol.
fn describe_alarms(request: &Request, upstream: u16) -> Vec<u8> {
    let body = match cloudwatch_cbor::query_body(&request.body) {
        Ok(body) => body,
        Err(problem) => panic!("the proxy cannot translate DescribeAlarms: {problem}"),
    };
    let auth = header(&request.head, "authorization").unwrap_or_default();
    let answer = http(
        upstream,
        "POST",
        "/",
        &[
            ("Content-Type", "application/x-www-form-urlencoded"),
            ("Authorization", auth),
        ],
        &body,
    );
    let (status, xml) =
        answer.unwrap_or_else(|e| panic!("moto did not answer DescribeAlarms: {e}"));
    assert_eq!(status, 200, "moto's DescribeAlarms: {xml}");
    let cbor = cloudwatch_cbor::cbor_answer(&xml);
    let mut response = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: application/cbor\r\nsmithy-protocol: rpc-v2-cbor\r\nx-amzn-RequestId: test\r\nContent-Length: {}\r\n\r\n",
        cbor.len()
    )
    .into_bytes();
    response.extend_from_slice(&cbor);
    response
}

/// moto closes each connection; the SDK keeps its own open, so tell it the response's length
/// and not to close.
fn keep_alive(response: Vec<u8>) -> Vec<u8> {
    let Some(split) = response.windows(4).position(|w| w == b"\r\n\r\n") else {
        return response;
    };
    let head = String::from_utf8_lossy(&response[..split]).into_owned();
    let body = &response[split + 4..];
    let mut out = String::new();
    for line in head.lines() {
        let lower = line.to_ascii_lowercase();
        if lower.starts_with("connection:")
            || lower.starts_with("content-length:")
            || lower.starts_with("transfer-encoding:")
        {
            continue;
        }
        out.push_str(line);
        out.push_str("\r\n");
    }
    out.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
    let mut bytes = out.into_bytes();
    bytes.extend_from_slice(body);
    bytes
}

fn fault_response(fault: &Fault, action: &str) -> Vec<u8> {
    let (status, content_type, body) = match fault {
        Fault::Unavailable => (
            503,
            "text/html",
            "<html><body>Service Unavailable</body></html>".to_owned(),
        ),
        Fault::Respond { status, body } => (*status, "application/x-amz-json-1.0", body.clone()),
        Fault::Error { code, message } if action.starts_with("states:") => (
            400,
            "application/x-amz-json-1.0",
            serde_json::json!({ "__type": code, "message": message }).to_string(),
        ),
        Fault::Error { code, message } => (
            if code.starts_with("Throttling") {
                400
            } else {
                403
            },
            "text/xml",
            format!(
                "<ErrorResponse><Error><Type>Sender</Type><Code>{code}</Code><Message>{message}</Message></Error><RequestId>test</RequestId></ErrorResponse>"
            ),
        ),
        Fault::Drop => unreachable!("a dropped connection has no response"),
    };
    format!(
        "HTTP/1.1 {status} Injected\r\nContent-Type: {content_type}\r\nx-amzn-RequestId: test\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

/// `cargo sfn` with test credentials, talking to `proxy`.
pub fn sfn(proxy: &Proxy, dir: &Path, args: &[&str]) -> Output {
    command(proxy, dir, args).output().expect("cargo-sfn runs")
}

/// `cargo sfn` started in the background.
pub fn sfn_spawn(proxy: &Proxy, dir: &Path, args: &[&str]) -> Child {
    command(proxy, dir, args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cargo-sfn runs")
}

pub fn command(proxy: &Proxy, dir: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_cargo-sfn"));
    command
        .arg("sfn")
        .args(args)
        .arg("--endpoint-url")
        .arg(proxy.url())
        .current_dir(dir)
        .env("AWS_ACCESS_KEY_ID", "testing")
        .env("AWS_SECRET_ACCESS_KEY", "testing")
        .env("AWS_REGION", "us-east-1")
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .env("AWS_CONFIG_FILE", "/nonexistent")
        .env("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent")
        .env_remove("AWS_PROFILE")
        .env("SFN_RETRY_BASE_MS", "20")
        .env("NO_COLOR", "1");
    command
}

/// A scratch folder for one test.
pub fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sfn-e2e-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

pub fn json(output: &Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}): {}\nstderr: {}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        )
    })
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Sends `kill -NAME` to a spawned command.
pub fn signal(child: &std::process::Child, name: &str) {
    let status = std::process::Command::new("kill")
        .args([&format!("-{name}"), &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
}
