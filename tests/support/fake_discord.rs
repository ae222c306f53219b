//! A fake Discord on 127.0.0.1: an axum REST server and a tokio-tungstenite
//! WebSocket gateway, enough for the real serenity/poise client to log in,
//! receive dispatches and answer. Both bind port 0, so tests run in
//! parallel.
//!
//! Every dispatch the fake sends is first parsed with serenity's own types
//! (a payload serenity cannot read would be dropped silently and the test
//! would hang instead of failing). Every wait takes a timeout.

#![allow(dead_code)]

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State as AxState;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use futures::{SinkExt, StreamExt};
use poise::serenity_prelude as serenity;
use serde_json::{Value, json};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{mpsc, watch};
use tokio_tungstenite::tungstenite::Message as WsMessage;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;

pub const BOT_ID: u64 = 1_000_000_000_000_001;
pub const APP_ID: u64 = 1_000_000_000_000_002;
pub const GUILD_ID: u64 = 2_000_000_000_000_001;
/// The channel of follow-up messages the fake returns (any non-zero id:
/// serenity refuses a message whose channel id is 0).
pub const FOLLOWUP_CHANNEL: &str = "4000000000000001";
/// A plausible token (three dot-separated parts); the fake accepts any.
pub const TOKEN: &str = "MTAwMDAwMDAwMDAwMDAwMDAx.fake.token-for-tests";

/// How long any wait may take before the test fails.
pub const WAIT: Duration = Duration::from_secs(15);

/// One REST request the bot made.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: String,
    pub path: String,
    pub body: Value,
    pub auth: Option<String>,
    /// The error status the fake answered with, if it played a fault.
    pub failed: Option<u16>,
}

/// What happened on the gateway.
#[derive(Debug, Clone, PartialEq)]
pub enum GatewayLog {
    Identify { shard: Value, intents: u64 },
    Resume { session_id: String, seq: u64 },
    Disconnected,
}

/// A canned failure for the next matching request.
#[derive(Debug, Clone)]
struct Fault {
    method: String,
    path_contains: String,
    status: u16,
}

enum Cmd {
    Send(Value),
    Close(u16),
}

struct Log<T> {
    items: Mutex<Vec<T>>,
    tick: Option<watch::Sender<usize>>,
}

impl<T: Clone> Log<T> {
    fn new() -> Self {
        Self {
            items: Mutex::new(Vec::new()),
            tick: Some(watch::channel(0).0),
        }
    }

    fn push(&self, t: T) {
        let n = {
            let mut v = self.items.lock().unwrap();
            v.push(t);
            v.len()
        };
        if let Some(tx) = &self.tick {
            tx.send_replace(n);
        }
    }

    fn snapshot(&self) -> Vec<T> {
        self.items.lock().unwrap().clone()
    }

    /// Waits for the first item at index ≥ `from` matching `pred`.
    async fn wait(&self, from: usize, what: &str, pred: impl Fn(&T) -> bool) -> (usize, T) {
        let mut rx = self.tick.as_ref().unwrap().subscribe();
        let found = tokio::time::timeout(WAIT, async {
            loop {
                rx.borrow_and_update();
                if let Some(hit) = self
                    .items
                    .lock()
                    .unwrap()
                    .iter()
                    .enumerate()
                    .skip(from)
                    .find(|(_, t)| pred(t))
                {
                    return (hit.0, hit.1.clone());
                }
                if rx.changed().await.is_err() {
                    std::future::pending::<()>().await;
                }
            }
        })
        .await;
        match found {
            Ok(hit) => hit,
            Err(_) => panic!("timed out after {WAIT:?} waiting for {what}"),
        }
    }
}

struct State {
    ws_url: String,
    http_base: String,
    requests: Log<Request>,
    gateway: Log<GatewayLog>,
    faults: Mutex<VecDeque<Fault>>,
    attachments: Mutex<HashMap<String, Vec<u8>>>,
    /// The connection that dispatches go to (set after READY or RESUMED).
    current: watch::Sender<Option<(u64, mpsc::UnboundedSender<Cmd>)>>,
    seq: AtomicU64,
    ids: AtomicU64,
    conns: AtomicU64,
}

impl State {
    fn next_id(&self) -> u64 {
        3_000_000_000_000_000 + self.ids.fetch_add(1, Ordering::SeqCst)
    }
}

/// The fake; dropping it stops nothing (the tasks end with the runtime).
#[derive(Clone)]
pub struct FakeDiscord {
    state: Arc<State>,
}

impl FakeDiscord {
    pub async fn start() -> Self {
        let rest = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let gw = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let rest_addr: SocketAddr = rest.local_addr().unwrap();
        let gw_addr: SocketAddr = gw.local_addr().unwrap();
        let state = Arc::new(State {
            ws_url: format!("ws://{gw_addr}"),
            http_base: format!("http://{rest_addr}"),
            requests: Log::new(),
            gateway: Log::new(),
            faults: Mutex::new(VecDeque::new()),
            attachments: Mutex::new(HashMap::new()),
            current: watch::channel(None).0,
            seq: AtomicU64::new(0),
            ids: AtomicU64::new(1),
            conns: AtomicU64::new(0),
        });
        let app = axum::Router::new()
            .fallback(rest_handler)
            .with_state(state.clone());
        tokio::spawn(async move {
            let _ = axum::serve(rest, app).await;
        });
        let st = state.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = gw.accept().await {
                tokio::spawn(gateway_conn(st.clone(), stream));
            }
        });
        Self { state }
    }

    /// The REST base URL, for `DISCORD_API_BASE`.
    pub fn http_base(&self) -> String {
        self.state.http_base.clone()
    }

    pub fn requests(&self) -> Vec<Request> {
        self.state.requests.snapshot()
    }

    pub fn request_count(&self) -> usize {
        self.state.requests.snapshot().len()
    }

    pub fn gateway_log(&self) -> Vec<GatewayLog> {
        self.state.gateway.snapshot()
    }

    /// Waits for a request (from index `from` on) matching `pred`.
    pub async fn wait_request(
        &self,
        from: usize,
        what: &str,
        pred: impl Fn(&Request) -> bool,
    ) -> Request {
        self.state.requests.wait(from, what, pred).await.1
    }

    /// Waits for a gateway event (from index `from` on) matching `pred`.
    pub async fn wait_gateway(
        &self,
        from: usize,
        what: &str,
        pred: impl Fn(&GatewayLog) -> bool,
    ) -> usize {
        self.state.gateway.wait(from, what, pred).await.0
    }

    /// Waits until a session is up (READY or RESUMED sent).
    pub async fn wait_session(&self) {
        let mut rx = self.state.current.subscribe();
        tokio::time::timeout(WAIT, rx.wait_for(|c| c.is_some()))
            .await
            .expect("timed out waiting for a gateway session")
            .expect("fake gateway state dropped");
    }

    /// Makes the next request whose method is `method` and whose path
    /// contains `path_contains` fail with `status` (429 gets a retry-after).
    pub fn fail_next(&self, method: &str, path_contains: &str, status: u16) {
        self.state.faults.lock().unwrap().push_back(Fault {
            method: method.into(),
            path_contains: path_contains.into(),
            status,
        });
    }

    /// Serves `bytes` as an attachment; returns its URL.
    pub fn add_attachment(&self, name: &str, bytes: Vec<u8>) -> String {
        let key = format!("{}-{name}", self.state.next_id());
        self.state
            .attachments
            .lock()
            .unwrap()
            .insert(key.clone(), bytes);
        format!("{}/attachments/{key}", self.state.http_base)
    }

    pub fn next_id(&self) -> u64 {
        self.state.next_id()
    }

    /// Sends a dispatch on the current session. `check` parses the payload
    /// with serenity's types first, so a malformed one fails loudly.
    pub async fn dispatch(&self, t: &str, d: Value) {
        check_dispatch(t, &d);
        self.wait_session().await;
        let seq = self.state.seq.fetch_add(1, Ordering::SeqCst) + 1;
        let frame = json!({"op": 0, "s": seq, "t": t, "d": d});
        self.send_cmd(Cmd::Send(frame));
    }

    /// Sends a raw gateway frame (e.g. op 7) on the current session.
    pub async fn send_raw(&self, frame: Value) {
        self.wait_session().await;
        self.send_cmd(Cmd::Send(frame));
    }

    /// Sends op 7 RECONNECT. The session is marked gone at once, so that
    /// dispatches wait for the resumed one instead of going to the old socket.
    pub async fn request_reconnect(&self) {
        self.wait_session().await;
        let old = self.state.current.send_replace(None);
        let (_, tx) = old.expect("a session");
        let _ = tx.send(Cmd::Send(json!({"op": 7, "d": null})));
    }

    /// Closes the current connection with a close code.
    pub async fn close(&self, code: u16) {
        self.wait_session().await;
        let old = self.state.current.send_replace(None);
        let (_, tx) = old.expect("a session");
        let _ = tx.send(Cmd::Close(code));
    }

    fn send_cmd(&self, cmd: Cmd) {
        let cur = self.state.current.borrow().clone();
        let (_, tx) = cur.expect("a session");
        let _ = tx.send(cmd);
    }
}

/// Panics unless serenity can read the dispatch.
fn check_dispatch(t: &str, d: &Value) {
    let res = match t {
        "INTERACTION_CREATE" => {
            serde_json::from_value::<serenity::Interaction>(d.clone()).map(|_| ())
        }
        "MESSAGE_CREATE" => serde_json::from_value::<serenity::Message>(d.clone()).map(|_| ()),
        "READY" => serde_json::from_value::<serenity::Ready>(d.clone()).map(|_| ()),
        _ => Ok(()),
    };
    if let Err(e) = res {
        panic!("the fake built a {t} serenity cannot read: {e}\n{d:#}");
    }
}

fn ready_payload(state: &State, session: &str, shard: &Value) -> Value {
    json!({
        "v": 10,
        "user": {"id": BOT_ID.to_string(), "username": "storybot", "discriminator": "0000", "avatar": null, "bot": true},
        "guilds": [],
        "session_id": session,
        "resume_gateway_url": state.ws_url,
        "shard": shard,
        "application": {"id": APP_ID.to_string(), "flags": 0},
    })
}

async fn gateway_conn(state: Arc<State>, stream: TcpStream) {
    let Ok(ws) = tokio_tungstenite::accept_async(stream).await else {
        return;
    };
    let conn = state.conns.fetch_add(1, Ordering::SeqCst);
    let (mut tx, mut rx) = ws.split();
    let (cmd_tx, mut cmd_rx) = mpsc::unbounded_channel::<Cmd>();
    let hello = json!({"op": 10, "d": {"heartbeat_interval": 1000}});
    if tx.send(WsMessage::Text(hello.to_string())).await.is_err() {
        return;
    }
    loop {
        tokio::select! {
            msg = rx.next() => {
                let text = match msg {
                    Some(Ok(WsMessage::Text(t))) => t,
                    Some(Ok(WsMessage::Close(_))) | None | Some(Err(_)) => break,
                    Some(Ok(_)) => continue,
                };
                let Ok(v) = serde_json::from_str::<Value>(&text) else { continue };
                let reply = match v["op"].as_u64() {
                    Some(1) => Some(json!({"op": 11})),
                    Some(2) => {
                        let shard = v["d"]["shard"].clone();
                        state.gateway.push(GatewayLog::Identify {
                            shard: shard.clone(),
                            intents: v["d"]["intents"].as_u64().unwrap_or(0),
                        });
                        let session = format!("session-{}", state.next_id());
                        let d = ready_payload(&state, &session, &shard);
                        check_dispatch("READY", &d);
                        let seq = state.seq.fetch_add(1, Ordering::SeqCst) + 1;
                        Some(json!({"op": 0, "s": seq, "t": "READY", "d": d}))
                    }
                    Some(6) => {
                        state.gateway.push(GatewayLog::Resume {
                            session_id: v["d"]["session_id"].as_str().unwrap_or("").to_string(),
                            seq: v["d"]["seq"].as_u64().unwrap_or(0),
                        });
                        let seq = state.seq.fetch_add(1, Ordering::SeqCst) + 1;
                        Some(json!({"op": 0, "s": seq, "t": "RESUMED", "d": {}}))
                    }
                    _ => None,
                };
                if let Some(r) = reply {
                    let session_start = r["t"] == "READY" || r["t"] == "RESUMED";
                    if tx.send(WsMessage::Text(r.to_string())).await.is_err() {
                        break;
                    }
                    if session_start {
                        state.current.send_replace(Some((conn, cmd_tx.clone())));
                    }
                }
            }
            cmd = cmd_rx.recv() => match cmd {
                Some(Cmd::Send(v)) => {
                    if tx.send(WsMessage::Text(v.to_string())).await.is_err() {
                        break;
                    }
                }
                Some(Cmd::Close(code)) => {
                    let frame = CloseFrame { code: CloseCode::from(code), reason: "fake close".into() };
                    let _ = tx.send(WsMessage::Close(Some(frame))).await;
                }
                None => break,
            }
        }
    }
    state.current.send_if_modified(|c| clear_if(c, conn));
    state.gateway.push(GatewayLog::Disconnected);
}

fn clear_if(c: &mut Option<(u64, mpsc::UnboundedSender<Cmd>)>, conn: u64) -> bool {
    if c.as_ref().is_some_and(|(id, _)| *id == conn) {
        *c = None;
        true
    } else {
        false
    }
}

/// A message object as Discord returns it for a message the bot sent.
fn sent_message(state: &State, channel: &str, body: &Value) -> Value {
    json!({
        "id": state.next_id().to_string(),
        "channel_id": channel,
        "author": {"id": BOT_ID.to_string(), "username": "storybot", "discriminator": "0000", "avatar": null, "bot": true},
        "content": body.get("content").cloned().unwrap_or(json!("")),
        "timestamp": "2022-08-03T10:00:00.000000+00:00",
        "edited_timestamp": null,
        "tts": false,
        "mention_everyone": false,
        "mentions": [],
        "mention_roles": [],
        "attachments": [],
        "embeds": body.get("embeds").cloned().unwrap_or(json!([])),
        "pinned": false,
        "type": 0,
        "flags": 0,
    })
}

async fn rest_handler(
    AxState(state): AxState<Arc<State>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let path = uri.path().to_string();
    let body_json: Value = if body.is_empty() {
        Value::Null
    } else {
        serde_json::from_slice(&body)
            .unwrap_or_else(|_| json!({"raw": String::from_utf8_lossy(&body)}))
    };
    if let Some(key) = path.strip_prefix("/attachments/") {
        let bytes = state.attachments.lock().unwrap().get(key).cloned();
        return match bytes {
            Some(b) => (StatusCode::OK, b).into_response(),
            None => StatusCode::NOT_FOUND.into_response(),
        };
    }
    // Take the fault before recording, so a test that reacts to this
    // request cannot slip a new fault in for it.
    let fault = {
        let mut faults = state.faults.lock().unwrap();
        let pos = faults
            .iter()
            .position(|f| f.method == method.as_str() && path.contains(&f.path_contains));
        pos.and_then(|i| faults.remove(i))
    };
    state.requests.push(Request {
        method: method.to_string(),
        path: path.clone(),
        body: body_json.clone(),
        auth: headers
            .get("authorization")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string),
        failed: fault.as_ref().map(|f| f.status),
    });
    if let Some(f) = fault {
        let status = StatusCode::from_u16(f.status).unwrap();
        let body = if f.status == 429 {
            json!({"message": "You are being rate limited.", "retry_after": 0.05, "global": false, "code": 0})
        } else {
            json!({"message": "Internal Server Error", "code": 0})
        };
        let mut resp = (status, axum::Json(body)).into_response();
        if f.status == 429 {
            resp.headers_mut()
                .insert("retry-after", "0.05".parse().unwrap());
            resp.headers_mut()
                .insert("x-ratelimit-global", "false".parse().unwrap());
        }
        return resp;
    }
    let Some(api) = path.strip_prefix("/api/v10") else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let parts: Vec<&str> = api.trim_matches('/').split('/').collect();
    let json_ok = |v: Value| (StatusCode::OK, axum::Json(v)).into_response();
    match (method.as_str(), parts.as_slice()) {
        ("GET", ["gateway"]) => json_ok(json!({"url": state.ws_url})),
        ("GET", ["gateway", "bot"]) => json_ok(json!({
            "url": state.ws_url,
            "shards": 1,
            "session_start_limit": {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1},
        })),
        ("PUT", ["applications", _, "commands"])
        | ("PUT", ["applications", _, "guilds", _, "commands"]) => {
            let cmds: Vec<Value> = body_json
                .as_array()
                .cloned()
                .unwrap_or_default()
                .into_iter()
                .map(|mut c| {
                    c["id"] = json!(state.next_id().to_string());
                    c["application_id"] = json!(APP_ID.to_string());
                    c["version"] = json!("1");
                    if c.get("type").is_none() {
                        c["type"] = json!(1);
                    }
                    c
                })
                .collect();
            json_ok(Value::Array(cmds))
        }
        ("POST", ["interactions", _, _, "callback"]) => StatusCode::NO_CONTENT.into_response(),
        // Webhook routes do not name the channel; any non-zero id will do
        // (serenity refuses a zero id, which would fail the command after
        // its reply was sent).
        ("POST", ["webhooks", _, _]) => json_ok(sent_message(&state, FOLLOWUP_CHANNEL, &body_json)),
        ("PATCH", ["webhooks", _, _, "messages", _]) => {
            json_ok(sent_message(&state, FOLLOWUP_CHANNEL, &body_json))
        }
        ("POST", ["channels", cid, "messages"]) => json_ok(sent_message(&state, cid, &body_json)),
        _ => (
            StatusCode::NOT_FOUND,
            axum::Json(json!({"message": "Unknown route in the fake", "code": 0})),
        )
            .into_response(),
    }
}
