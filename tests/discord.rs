//! The Discord layer end to end: the real serenity/poise client against a
//! fake Discord on 127.0.0.1 (see `support/fake_discord.rs`). Each test runs
//! its own fake and bot on a copy of the repository's knowledge.

mod support;

use serde_json::{Value, json};
use support::*;

/// `allowed_mentions` must be present and allow nothing.
fn assert_no_mentions(data: &Value) {
    let am = &data["allowed_mentions"];
    assert_eq!(am["parse"], json!([]), "allowed_mentions: {data:#}");
    assert_eq!(am["users"], json!([]));
    assert_eq!(am["roles"], json!([]));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn registers_commands_in_the_guild_with_the_moderator_default() {
    let bot = Bot::start().await;
    let put = bot
        .fake
        .requests()
        .into_iter()
        .find(|r| r.method == "PUT" && r.path.ends_with("/commands"))
        .unwrap();
    assert_eq!(
        put.path,
        format!("/api/v10/applications/{APP_ID}/guilds/{GUILD_ID}/commands")
    );
    assert_eq!(put.auth.as_deref(), Some(format!("Bot {TOKEN}").as_str()));
    let cmds = put.body.as_array().unwrap();
    let names: Vec<&str> = cmds.iter().map(|c| c["name"].as_str().unwrap()).collect();
    for n in ["ask", "who", "sources", "help", "knowledge"] {
        assert!(names.contains(&n), "{names:?}");
    }
    let k = cmds.iter().find(|c| c["name"] == "knowledge").unwrap();
    assert_eq!(k["default_member_permissions"], "32", "{k:#}");
    let who = cmds.iter().find(|c| c["name"] == "who").unwrap();
    assert_eq!(who["options"][0]["autocomplete"], true);
    // No privileged intent is asked for beyond MESSAGE_CONTENT for the answer channel.
    let log = bot.fake.gateway_log();
    let Some(support::fake_discord::GatewayLog::Identify { intents, .. }) = log.first() else {
        panic!("{log:?}")
    };
    assert_eq!(intents & (1 << 1), 0, "no GUILD_MEMBERS");
    assert_eq!(intents & (1 << 8), 0, "no GUILD_PRESENCES");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_guild_id_commands_are_registered_globally() {
    let bot = Bot::start_with(&[("GUILD_ID", "")], false).await;
    let put = bot
        .fake
        .requests()
        .into_iter()
        .find(|r| r.method == "PUT")
        .unwrap();
    assert_eq!(put.path, format!("/api/v10/applications/{APP_ID}/commands"));
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn who_kirby_gives_his_card_with_role_and_quote() {
    let bot = Bot::start().await;
    let (_, cb) = bot
        .interact(slash(
            &bot.fake,
            &member(),
            "who",
            json!([opt("name", "Kirby")]),
        ))
        .await;
    assert_eq!(cb["type"], 4);
    let data = &cb["data"];
    assert_no_mentions(data);
    let e = &data["embeds"][0];
    assert_eq!(e["title"], "John Kirby");
    assert!(
        e["description"]
            .as_str()
            .unwrap()
            .contains("strategic communications"),
        "{e:#}"
    );
    let field = &e["fields"][0];
    assert!(
        field["value"].as_str().unwrap().contains('“'),
        "a verbatim quote: {field:#}"
    );
    assert!(field["value"].as_str().unwrap().contains("paragraph"));
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn autocomplete_zak_offers_zakharova() {
    let bot = Bot::start().await;
    let (_, cb) = bot
        .interact(autocomplete(&bot.fake, &member(), "who", "name", "zak"))
        .await;
    assert_eq!(cb["type"], 8, "{cb:#}");
    let choices = cb["data"]["choices"].as_array().unwrap();
    assert!(!choices.is_empty() && choices.len() <= 25);
    assert!(
        choices.iter().any(|c| c["name"] == "Maria Zakharova"),
        "{choices:?}"
    );
    // Nothing typed: still within Discord's limit of 25.
    let (_, cb) = bot
        .interact(autocomplete(&bot.fake, &member(), "who", "name", ""))
        .await;
    assert!(cb["data"]["choices"].as_array().unwrap().len() <= 25);
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ask_answers_with_quote_and_source_footer() {
    let bot = Bot::start().await;
    let q = opt("question", "Who was offered in the swap?");
    let (_, cb) = bot
        .interact(slash(&bot.fake, &member(), "ask", json!([q])))
        .await;
    let data = &cb["data"];
    assert_no_mentions(data);
    assert_eq!(data["flags"].as_u64().unwrap_or(0) & 64, 0, "public");
    let e = &data["embeds"][0];
    let desc = e["description"].as_str().unwrap();
    assert!(
        desc.contains("Viktor Bout") && desc.contains("> “"),
        "{desc}"
    );
    let footer = e["footer"]["text"].as_str().unwrap();
    assert!(footer.contains("(2022-08-03), paragraph 2"), "{footer}");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn out_of_scope_suggests_and_a_click_answers_the_suggestion() {
    let bot = Bot::start().await;
    let q = opt("question", "what did peskov eat");
    let (_, cb) = bot
        .interact(slash(&bot.fake, &member(), "ask", json!([q])))
        .await;
    let data = &cb["data"];
    assert_no_mentions(data);
    assert!(
        data["content"]
            .as_str()
            .unwrap()
            .starts_with("The story doesn't say."),
        "{data:#}"
    );
    let buttons = data["components"][0]["components"]
        .as_array()
        .expect("suggestion buttons");
    let first = &buttons[0];
    assert_eq!(first["label"], "Has the Kremlin commented on the offer?");
    let id = first["custom_id"].as_str().unwrap();
    // A plain out-of-story question gets a short reply and no buttons.
    let q = opt("question", "What is the weather in Paris?");
    let (_, cb) = bot
        .interact(slash(&bot.fake, &member(), "ask", json!([q])))
        .await;
    assert_eq!(cb["data"]["content"], "The story doesn't say.");
    assert_eq!(cb["data"]["components"], json!([]));

    let (_, cb) = bot.interact(button_click(&bot.fake, &member(), id)).await;
    assert_eq!(cb["type"], 4);
    assert_no_mentions(&cb["data"]);
    let text = text_of(&cb);
    assert!(
        text.contains("Has the Kremlin commented on the offer?"),
        "{text}"
    );
    assert!(text.contains("Peskov"), "{text}");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mention_is_answered_as_a_reply_that_pings_nobody() {
    let bot = Bot::start().await;
    let content = format!("<@{BOT_ID}> who was offered in the swap? @everyone");
    let msg = message(&bot.fake, &member(), CHANNEL, true, &content, true);
    let id = msg["id"].clone();
    let r = bot.say(msg).await;
    assert_eq!(r.body["message_reference"]["message_id"], id);
    assert_no_mentions(&r.body);
    assert_eq!(r.body["allowed_mentions"]["replied_user"], false);
    assert!(text_of(&r.body).contains("Viktor Bout"), "{:#}", r.body);

    // A message that does not mention the bot, outside the answer channels: ignored.
    let before = bot.fake.request_count();
    let quiet = message(&bot.fake, &member(), CHANNEL, true, "who is Kirby?", false);
    bot.fake.dispatch("MESSAGE_CREATE", quiet).await;
    // A DM right after it is answered; by then the first was handled (in order).
    let dm = message(
        &bot.fake,
        &member(),
        DM_CHANNEL,
        false,
        "who is Kirby?",
        false,
    );
    let r = bot.say(dm).await;
    assert!(text_of(&r.body).contains("Kirby"), "{:#}", r.body);
    let replies = bot.fake.requests()[before..]
        .iter()
        .filter(|r| r.method == "POST" && r.path.contains("/messages"))
        .count();
    assert_eq!(replies, 1, "only the DM was answered");

    // The answer channel needs no mention.
    let msg = message(
        &bot.fake,
        &member(),
        ANSWER_CHANNEL,
        true,
        "When was the swap offer first reported?",
        false,
    );
    let r = bot.say(msg).await;
    assert_no_mentions(&r.body);
    bot.stop().await;
}

/// A fact the shipped knowledge does not have, and a question only it answers.
const ZEBRA_FACT: &str = r#"
[[facts]]
id = "test-zebra"
subjects = ["kirby"]
kinds = ["what"]
answer = "The zebra memo says the offer was serious."
quote = "We made a serious offer"
source = "kirby-briefing"
paragraph = 3
question = "What does the zebra memo say?"
keywords = ["zebra", "memo"]
"#;
const ZEBRA_Q: &str = "What does the zebra memo say?";

async fn ask(bot: &Bot, q: &str) -> String {
    let cb = bot.slash_ask(q).await;
    text_of(&cb)
}

fn is_ephemeral(data: &Value) -> bool {
    data["flags"].as_u64().unwrap_or(0) & 64 != 0
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn non_moderators_are_refused_and_nothing_changes() {
    let bot = Bot::start().await;
    let version = bot.store.snapshot().version().to_string();
    // A reload would pick this up; a refused one must not.
    let mut text = std::fs::read_to_string(bot.story()).unwrap();
    text.push_str(ZEBRA_FACT);
    std::fs::write(bot.story(), text).unwrap();
    for s in ["reload", "status", "rollback"] {
        let (_, cb) = bot
            .interact(slash(&bot.fake, &member(), "knowledge", json!([sub(s)])))
            .await;
        assert_eq!(cb["type"], 4);
        assert!(is_ephemeral(&cb["data"]), "{cb:#}");
        assert!(text_of(&cb).contains("Only moderators"), "{cb:#}");
        assert_no_mentions(&cb["data"]);
    }
    assert_eq!(bot.store.snapshot().version(), version);
    assert_eq!(bot.store.status().loaded_by, "startup");
    assert!(!ask(&bot, ZEBRA_Q).await.contains("zebra memo says"));
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn moderator_reload_of_a_broken_file_lists_errors_and_keeps_answering() {
    let bot = Bot::start().await;
    let good = std::fs::read_to_string(bot.story()).unwrap();
    let broken = good.replacen(
        "source = \"kirby-briefing\"",
        "source = \"no-such-source\"",
        1,
    ) + "\n[[facts]]\nid = \"bad\"\nsubjects = [\"nobody\"]\nkinds = [\"what\"]\nanswer = \"x\"\nsource = \"kirby-briefing\"\n";
    std::fs::write(bot.story(), broken).unwrap();
    let v = bot.store.snapshot().version().to_string();
    let body = bot
        .interact_deferred(slash(
            &bot.fake,
            &manager(),
            "knowledge",
            json!([sub("reload")]),
        ))
        .await;
    let text = text_of(&body);
    assert!(text.contains("Reload failed"), "{text}");
    assert!(
        text.contains("no-such-source") && text.contains("nobody"),
        "every problem listed: {text}"
    );
    assert!(text.contains(&v), "names the version still in use: {text}");
    assert!(is_ephemeral(&body));
    assert_no_mentions(&body);
    assert_eq!(bot.store.snapshot().version(), v);
    assert!(
        ask(&bot, "Who was offered in the swap?")
            .await
            .contains("Viktor Bout")
    );

    // Fixed by a moderator role (not the permission): reloaded with a diff.
    std::fs::write(bot.story(), good + ZEBRA_FACT).unwrap();
    let body = bot
        .interact_deferred(slash(
            &bot.fake,
            &role_moderator(),
            "knowledge",
            json!([sub("reload")]),
        ))
        .await;
    let text = text_of(&body);
    assert!(
        text.contains("Knowledge reloaded") && text.contains("facts added (1): test-zebra"),
        "{text}"
    );
    assert!(ask(&bot, ZEBRA_Q).await.contains("zebra memo says"));
    let cb = bot.knowledge("status").await;
    let text = text_of(&cb);
    assert!(
        text.contains("rolemod") && text.contains(bot.store.snapshot().version()),
        "{text}"
    );
    bot.stop().await;
}

fn upload_payload(bot: &Bot, who: &Who, name: &str, bytes: Vec<u8>) -> (Sent, Value) {
    let size = bytes.len();
    let url = bot.fake.add_attachment(name, bytes);
    let att = bot.fake.next_id().to_string();
    let resolved = json!({"attachments": {att.clone(): {
        "id": att, "filename": name, "size": size, "url": url, "proxy_url": url, "content_type": "application/toml",
    }}});
    let options = json!([{"name": "upload", "type": 1, "options": [{"name": "file", "type": 11, "value": att}]}]);
    slash_resolved(&bot.fake, who, "knowledge", options, Some(resolved))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn upload_backs_up_and_answers_then_rollback_restores() {
    let bot = Bot::start().await;
    let original = std::fs::read_to_string(bot.story()).unwrap();
    // A broken upload is refused and nothing is written.
    let bad = format!("{original}\n[[facts]]\nid = \"x\"\n");
    let body = bot
        .interact_deferred(upload_payload(
            &bot,
            &manager(),
            "story.toml",
            bad.into_bytes(),
        ))
        .await;
    assert!(text_of(&body).contains("Upload refused"), "{body:#}");
    assert!(!bot.dir.join("backups").exists());

    let new = format!("{original}{ZEBRA_FACT}");
    let body = bot
        .interact_deferred(upload_payload(
            &bot,
            &manager(),
            "story.toml",
            new.clone().into_bytes(),
        ))
        .await;
    let text = text_of(&body);
    assert!(
        text.contains("Knowledge uploaded") && text.contains("test-zebra"),
        "{text}"
    );
    let backups: Vec<_> = std::fs::read_dir(bot.dir.join("backups"))
        .unwrap()
        .flatten()
        .collect();
    assert_eq!(backups.len(), 1);
    assert_eq!(
        std::fs::read_to_string(backups[0].path()).unwrap(),
        original
    );
    assert_eq!(std::fs::read_to_string(bot.story()).unwrap(), new);
    assert!(ask(&bot, ZEBRA_Q).await.contains("zebra memo says"));

    // Refused for a non-moderator.
    let (_, cb) = bot
        .interact(upload_payload(&bot, &member(), "story.toml", b"x".to_vec()))
        .await;
    assert!(text_of(&cb).contains("Only moderators"));

    let body = bot
        .interact_deferred(slash(
            &bot.fake,
            &manager(),
            "knowledge",
            json!([sub("rollback")]),
        ))
        .await;
    let text = text_of(&body);
    assert!(
        text.contains("rolled back") && text.contains("facts removed (1): test-zebra"),
        "{text}"
    );
    assert_eq!(std::fs::read_to_string(bot.story()).unwrap(), original);
    assert!(!ask(&bot, ZEBRA_Q).await.contains("zebra memo says"));
    // The uploaded version was kept as a before-rollback backup.
    let kept = std::fs::read_dir(bot.dir.join("backups"))
        .unwrap()
        .flatten()
        .any(|e| std::fs::read_to_string(e.path()).unwrap() == new);
    assert!(kept);
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_edit_on_disk_is_reloaded() {
    let bot = Bot::start_with(&[], true).await;
    let mut changed = bot.store.subscribe();
    let text = std::fs::read_to_string(bot.story()).unwrap() + ZEBRA_FACT;
    std::fs::write(bot.story(), text).unwrap();
    tokio::time::timeout(WAIT, changed.changed())
        .await
        .expect("reloaded")
        .unwrap();
    assert!(ask(&bot, ZEBRA_Q).await.contains("zebra memo says"));
    assert_eq!(bot.store.status().loaded_by, "file watcher");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reconnect_and_close_4000_resume_and_still_answer() {
    let bot = Bot::start().await;
    let from = bot.fake.gateway_log().len();
    bot.fake.request_reconnect().await;
    let at = bot
        .fake
        .wait_gateway(from, "RESUME after op 7", |g| {
            matches!(g, support::fake_discord::GatewayLog::Resume { .. })
        })
        .await;
    bot.fake.wait_session().await;
    assert!(
        ask(&bot, "Who was offered in the swap?")
            .await
            .contains("Viktor Bout")
    );

    bot.fake.close(4000).await;
    bot.fake
        .wait_gateway(at + 1, "RESUME after close 4000", |g| {
            matches!(g, support::fake_discord::GatewayLog::Resume { .. })
        })
        .await;
    bot.fake.wait_session().await;
    assert!(
        ask(&bot, "Who was offered in the swap?")
            .await
            .contains("Viktor Bout")
    );
    let identifies = bot
        .fake
        .gateway_log()
        .iter()
        .filter(|g| matches!(g, support::fake_discord::GatewayLog::Identify { .. }))
        .count();
    assert_eq!(identifies, 1, "resumed, not re-identified");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rest_429_and_500_are_retried_and_the_answer_arrives() {
    let bot = Bot::start().await;
    for status in [429, 500] {
        bot.fake.fail_next("POST", "/callback", status);
        let from = bot.fake.request_count();
        let (sent, payload) = slash(
            &bot.fake,
            &member(),
            "ask",
            json!([opt("question", "Who was offered in the swap?")]),
        );
        bot.fake.dispatch("INTERACTION_CREATE", payload).await;
        let path = sent.callback_path();
        let failed = bot
            .fake
            .wait_request(from, "first callback", |r| r.path == path)
            .await;
        assert_eq!(failed.failed, Some(status));
        let ok = bot
            .fake
            .wait_request(from, "retried callback", |r| {
                r.path == path && r.failed.is_none()
            })
            .await;
        assert!(
            text_of(&ok.body).contains("Viktor Bout"),
            "{status}: {:#}",
            ok.body
        );
    }
    // A failed channel reply is retried too.
    bot.fake.fail_next("POST", "/messages", 500);
    let msg = message(
        &bot.fake,
        &member(),
        CHANNEL,
        true,
        &format!("<@{BOT_ID}> who is Kirby?"),
        true,
    );
    let from = bot.fake.request_count();
    let first = bot.say(msg.clone()).await;
    assert_eq!(first.failed, Some(500));
    let r = bot
        .fake
        .wait_request(from, "retried reply", |q| {
            q.body["message_reference"]["message_id"] == msg["id"] && q.failed.is_none()
        })
        .await;
    assert!(text_of(&r.body).contains("Kirby"));
    // Still alive.
    assert!(
        ask(&bot, "Who was offered in the swap?")
            .await
            .contains("Viktor Bout")
    );
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cooldown_sends_an_ephemeral_note() {
    let bot = Bot::start_with(&[("COOLDOWN_SECONDS", "60")], false).await;
    assert!(
        ask(&bot, "Who was offered in the swap?")
            .await
            .contains("Viktor Bout")
    );
    let cb = bot.slash_ask("Who was offered in the swap?").await;
    assert!(is_ephemeral(&cb["data"]));
    assert!(text_of(&cb).contains("Please wait"), "{cb:#}");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sources_timeline_and_help() {
    let bot = Bot::start().await;
    let (_, cb) = bot
        .interact(slash(&bot.fake, &member(), "sources", json!([])))
        .await;
    assert!(text_of(&cb).contains("Kirby urges Russia"), "{cb:#}");
    assert_no_mentions(&cb["data"]);
    let (_, cb) = bot
        .interact(slash(&bot.fake, &member(), "timeline", json!([])))
        .await;
    let text = text_of(&cb);
    let june = text
        .find("June 2022")
        .expect("the June proposal is on the timeline");
    let july = text
        .find("27 July 2022")
        .expect("CNN's report is on the timeline");
    assert!(june < july, "oldest first: {text}");
    assert_no_mentions(&cb["data"]);
    let (_, cb) = bot
        .interact(slash(&bot.fake, &member(), "help", json!([])))
        .await;
    assert!(is_ephemeral(&cb["data"]) && text_of(&cb).contains("/ask"));
    bot.stop().await;
}

#[test]
fn serve_without_a_token_fails_with_one_line_naming_the_variable() {
    let cwd = tempfile::tempdir().unwrap();
    for (env, var) in [
        (None, "DISCORD_TOKEN"),
        (Some("nonsense"), "DISCORD_TOKEN"),
        (Some(TOKEN), "SHARD_TOTAL"),
    ] {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_storybot"));
        cmd.arg("serve").current_dir(cwd.path()).env_clear();
        if let Some(t) = env {
            cmd.env("DISCORD_TOKEN", t).env("SHARD_START", "1");
        }
        let out = cmd.output().unwrap();
        assert!(!out.status.success());
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.trim().lines().count(), 1, "{err}");
        assert!(err.contains(var), "{err}");
        assert!(
            !err.contains("fake.token"),
            "the token is never printed: {err}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_binary_serves_and_stops_cleanly_on_sigterm() {
    let fake = FakeDiscord::start().await;
    let (_tmp, dir) = knowledge_copy();
    let child = serve_command(env!("CARGO_BIN_EXE_storybot"), &fake, &dir)
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    fake.wait_request(0, "command registration", |r| r.method == "PUT")
        .await;
    let from = fake.request_count();
    let (sent, payload) = slash(
        &fake,
        &member(),
        "ask",
        json!([opt("question", "Who was offered in the swap?")]),
    );
    fake.dispatch("INTERACTION_CREATE", payload).await;
    let path = sent.callback_path();
    let cb = fake
        .wait_request(from, "callback", |r| r.path == path)
        .await;
    assert!(text_of(&cb.body).contains("Viktor Bout"));

    let pid = child.id().to_string();
    assert!(
        std::process::Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success()
    );
    let out = tokio::time::timeout(
        WAIT,
        tokio::task::spawn_blocking(move || child.wait_with_output()),
    )
    .await
    .expect("exits after SIGTERM")
    .unwrap()
    .unwrap();
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{:?}\n{log}", out.status);
    assert!(log.contains("shutting down"), "{log}");
    assert!(!log.contains("fake.token"), "the token is never logged");
}

/// The digits and name of a user must never reach the gaps or votes files.
fn assert_no_user(text: &str, who: &Who) {
    assert!(
        !text.contains(&who.id.to_string()),
        "user id leaked: {text}"
    );
    assert!(!text.contains(who.name), "user name leaked: {text}");
    assert!(!text.contains("user"), "a user field: {text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unanswerable_question_lands_in_the_gaps_log_without_the_user() {
    let bot = Bot::start().await;
    let q = "What is the weather in Paris?";
    let cb = bot.slash_ask(q).await;
    assert_eq!(cb["data"]["content"], "The story doesn't say.");
    let gaps = bot.wait_gaps(1).await;
    assert_eq!(gaps[0]["question"], q);
    assert_eq!(gaps[0]["reason"], "unanswered");
    assert_eq!(gaps[0]["channel"], CHANNEL);
    assert!(gaps[0]["time"].as_str().unwrap().ends_with('Z'));
    // A DM is recorded without its channel, which would identify the person.
    let dm = message(
        &bot.fake,
        &member(),
        DM_CHANNEL,
        false,
        "What is Whelan's hometown?",
        false,
    );
    bot.say(dm).await;
    let gaps = bot.wait_gaps(2).await;
    assert_eq!(gaps[1]["question"], "What is Whelan's hometown?");
    assert!(gaps[1].get("channel").is_none(), "{:#}", gaps[1]);
    // An answered question is not a gap.
    assert!(ask(&bot, "Who is Paul Whelan?").await.contains("Whelan"));
    let text = std::fs::read_to_string(bot.gaps_file()).unwrap();
    assert_eq!(text.lines().count(), 2, "{text}");
    assert_no_user(&text, &member());
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn thumbs_down_is_acknowledged_counted_once_and_logged() {
    let bot = Bot::start().await;
    let q = "Who was offered in the swap?";
    let cb = bot.slash_ask(q).await;
    assert_eq!(cb["data"]["embeds"][0]["title"], q, "{cb:#}");
    let ids = button_ids(&cb);
    assert_eq!(ids.len(), 2, "{ids:?}");
    let fact = ids[1]
        .strip_prefix("sb:down:")
        .expect("👎 second")
        .to_string();
    assert_eq!(ids[0], format!("sb:up:{fact}"));
    let answer = bot_message(&bot.fake, CHANNEL, &cb);

    let (_, ack) = bot
        .interact(button_click_on(
            &bot.fake,
            &member(),
            &ids[1],
            answer.clone(),
        ))
        .await;
    assert_eq!(ack["type"], 4);
    assert!(is_ephemeral(&ack["data"]), "{ack:#}");
    assert!(text_of(&ack).contains("Thanks"), "{ack:#}");
    assert_no_mentions(&ack["data"]);
    let gaps = bot.wait_gaps(1).await;
    assert_eq!(gaps[0]["question"], q);
    assert_eq!(gaps[0]["reason"], "thumbs_down");
    assert_eq!(gaps[0]["fact"], fact.as_str());
    assert_eq!(gaps[0]["channel"], CHANNEL);

    // The same person again, either button: not counted twice.
    for id in &ids {
        let (_, again) = bot
            .interact(button_click_on(&bot.fake, &member(), id, answer.clone()))
            .await;
        assert!(text_of(&again).contains("already rated"), "{again:#}");
    }
    // Someone else's 👍 counts.
    let (_, up) = bot
        .interact(button_click_on(&bot.fake, &manager(), &ids[0], answer))
        .await;
    assert!(text_of(&up).contains("Thanks"));
    let st = bot.knowledge("status").await;
    let status = text_of(&st);
    assert!(
        status.contains(&format!("Most 👎: `{fact}` 1👍 1👎")),
        "{status}"
    );

    // Replies to mentions carry the same buttons, for the fact they give.
    let mention = message(
        &bot.fake,
        &member(),
        CHANNEL,
        true,
        &format!("<@{BOT_ID}> {q}"),
        true,
    );
    let r = bot.say(mention).await;
    assert_eq!(button_ids(&r.body), ids);

    // The votes file beside the gaps log holds votes, not voters.
    let votes_file = bot.gaps_file().with_file_name("feedback.jsonl");
    let votes = tokio::time::timeout(WAIT, async {
        loop {
            let t = std::fs::read_to_string(&votes_file).unwrap_or_default();
            if t.lines().count() >= 2 {
                return t;
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    })
    .await
    .expect("two votes written");
    assert_eq!(votes.lines().count(), 2, "{votes}");
    assert!(votes.contains(r#""vote":"down""#) && votes.contains(r#""vote":"up""#));
    let gaps = std::fs::read_to_string(bot.gaps_file()).unwrap();
    for w in [member(), manager()] {
        assert_no_user(&votes, &w);
        assert_no_user(&gaps, &w);
    }
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn knowledge_gaps_lists_grouped_questions_to_moderators_only() {
    let bot = Bot::start().await;
    for q in [
        "What is the weather in Paris?",
        "what is the weather in paris",
        "Who is the prime minister of Japan?",
    ] {
        ask(&bot, q).await;
    }
    // A question with markdown in it is shown as written.
    ask(&bot, "[click me](http://example.com) **now**").await;
    bot.wait_gaps(4).await;
    let body = bot
        .interact_deferred(slash(
            &bot.fake,
            &role_moderator(),
            "knowledge",
            json!([sub("gaps")]),
        ))
        .await;
    assert!(is_ephemeral(&body), "{body:#}");
    assert_no_mentions(&body);
    let text = text_of(&body);
    assert!(text.contains("Unanswered questions"), "{text}");
    let first = text.lines().find(|l| l.starts_with("• ")).expect("a list");
    assert!(
        first.starts_with("• **2×** what is the weather in paris — unanswered 2"),
        "most frequent first, wordings grouped: {text}"
    );
    assert!(
        text.contains("**1×** Who is the prime minister of Japan?"),
        "{text}"
    );
    assert!(
        text.contains(r"\[click me\](http://example.com) \*\*now\*\*"),
        "{text}"
    );
    assert!(
        body["embeds"][0]["footer"]["text"]
            .as_str()
            .unwrap()
            .contains("4 entries")
    );

    let (_, cb) = bot
        .interact(slash(
            &bot.fake,
            &member(),
            "knowledge",
            json!([sub("gaps")]),
        ))
        .await;
    assert!(is_ephemeral(&cb["data"]));
    assert!(text_of(&cb).contains("Only moderators"), "{cb:#}");
    assert!(!text_of(&cb).contains("Paris"));
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_gaps_log_that_cannot_be_written_never_fails_an_answer() {
    let blocker = tempfile::NamedTempFile::new().unwrap();
    let path = blocker.path().join("gaps.jsonl");
    let bot = Bot::start_with(&[("STORYBOT_GAPS", path.to_str().unwrap())], false).await;
    for _ in 0..2 {
        let cb = bot.slash_ask("What is the weather in Paris?").await;
        assert_eq!(cb["data"]["content"], "The story doesn't say.");
    }
    assert!(
        ask(&bot, "Who was offered in the swap?")
            .await
            .contains("Viktor Bout")
    );
    // Listing says the log cannot be read, privately.
    let body = bot
        .interact_deferred(slash(
            &bot.fake,
            &manager(),
            "knowledge",
            json!([sub("gaps")]),
        ))
        .await;
    assert!(is_ephemeral(&body));
    assert!(text_of(&body).contains("Gaps log unreadable"), "{body:#}");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn gaps_off_records_nothing() {
    let bot = Bot::start_with(&[("STORYBOT_GAPS", "off")], false).await;
    ask(&bot, "What is the weather in Paris?").await;
    let cb = bot.knowledge("gaps").await;
    assert!(text_of(&cb).contains("STORYBOT_GAPS=off"), "{cb:#}");
    // The bot replies only after handing the entry over, and nothing was
    // handed over: no folder, no file.
    assert!(!bot.gaps_file().parent().unwrap().exists());
    bot.stop().await;
}
