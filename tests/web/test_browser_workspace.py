"""In a real browser: the agent's day — the nearest deadline first, a reply with a live
protocol hint fixed in one click, an escalation the supervisor sees, live updates, keys,
and the interface in Chinese. Screenshots go to test-artifacts/."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from tactful.desk.services.conversations import open_conversation
from tactful.desk.services.customers import create_customer
from tactful.desk.services.messages import add_message
from tactful.web import integrations

from .conftest import screenshot
from .helpers import put_clock

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FORBIDDEN = {"hu": "Ezt nem tudom kezelni.", "en": "I cannot handle this."}


def login(page: Any, base: str, username: str, password: str) -> None:
    page.goto(f"{base}/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.locator("form button[type=submit]").last.click()
    page.wait_for_url(f"{base}/")


def desk(people: Any, language: str) -> tuple[Any, Any]:
    customer = create_customer(actor=people.agent, name="Kovács Éva", code="HU-3001",
                               contacts=[("phone", "+36 30 111 2222")])
    later = open_conversation(actor=people.agent, team=people.team, channel="email",
                              subject="Később esedékes", language=language, customer=customer)
    nearest = open_conversation(actor=people.agent, team=people.team, channel="email",
                                subject="Hibás számla", language=language, customer=customer,
                                assignee=people.agent, contact_email="kovacs.eva@example.hu")
    add_message(nearest, actor="email", direction="inbound", sender="Kovács Éva",
                text="Jó napot! A múlt havi számlám kétszer annyi, mint szokott.")
    put_clock(later, due_in=timedelta(hours=6))
    put_clock(nearest, due_in=timedelta(minutes=20))
    return nearest, later


def hint_for(language: str) -> bool:
    report = integrations.check_text(FORBIDDEN[language], language=language, channel="email")
    return bool(report and any(f["requirement"] == "R-TALK-4" and f["replacement"]
                               for f in report["findings"]))


@pytest.mark.parametrize("language", ["hu", "en"])
def test_an_agent_fixes_a_forbidden_phrase_with_one_click_and_sends(
        asgi_server: str, page: Any, people: Any, language: str) -> None:
    """R-TALK-4, R-TALK-15: the hint appears while typing; one click applies the suggestion."""
    if not hint_for(language):
        pytest.skip(f"tactful.protocol has no forbidden-phrase rule with a replacement for "
                    f"{language} yet")
    nearest, _later = desk(people, language)
    login(page, asgi_server, "agnes", "pw-agnes-123")
    first = page.locator("#inbox-rows tr.row").first
    assert first.get_attribute("data-conversation") == str(nearest.pk)
    assert first.locator("td.due").get_attribute("data-state") in ("ok", "warn")
    screenshot(page, f"workspace-inbox-{language}")
    page.keyboard.press("j")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/conversations/{nearest.pk}/")
    page.keyboard.press("r")
    assert page.evaluate("document.activeElement.id") == "reply-text"
    page.keyboard.type(FORBIDDEN[language], delay=15)
    finding = page.locator("#findings li.finding", has=page.locator("button.apply")).first
    finding.wait_for(timeout=5000)
    assert page.locator("#highlights mark").count() >= 1
    screenshot(page, f"workspace-hint-{language}")
    finding.locator("button.apply").click()
    page.wait_for_function(
        "t => !document.getElementById('reply-text').value.includes(t)",
        arg=FORBIDDEN[language])
    fixed = page.input_value("#reply-text")
    page.keyboard.press("Control+Enter")
    page.wait_for_url(f"**/conversations/{nearest.pk}/**")
    assert page.locator("#timeline .entry.message.outbound .text").last.inner_text().strip() \
        == fixed.strip()
    screenshot(page, f"workspace-sent-{language}")


def test_an_escalation_reaches_the_supervisors_dashboard(asgi_server: str, browser: Any,
                                                         page: Any, people: Any) -> None:
    """R-ESC-1, R-POL-4: the summary is required, the supervisor sees it waiting."""
    nearest, _ = desk(people, "hu")
    login(page, asgi_server, "agnes", "pw-agnes-123")
    page.goto(f"{asgi_server}/conversations/{nearest.pk}/")
    page.locator("#escalate-box summary").click()
    page.fill("#escalate-summary", "Az ügyfél kétszeres számlát kapott; a mérőállás "
              "rendben van, a korrekciót nem tudom elindítani.")
    page.locator("#escalate-box button[type=submit]").click()
    page.wait_for_url(f"**/conversations/{nearest.pk}/**")
    assert page.locator("#timeline .entry.escalation").count() == 1
    boss = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    login(boss, asgi_server, "sofia", "pw-sofia-123")
    boss.goto(f"{asgi_server}/dashboard/")
    waiting = boss.locator("ul.escalations li").first
    assert f"#{nearest.pk}" in waiting.inner_text()
    screenshot(boss, "workspace-dashboard")
    waiting.locator("a").click()
    boss.fill("#timeline .entry.escalation textarea", "Indítsd el a korrekciót, jóváhagyom.")
    boss.locator("#timeline .entry.escalation button[type=submit]").click()
    boss.wait_for_url(f"**/conversations/{nearest.pk}/**")
    assert "jóváhagyom" in boss.locator("#timeline .entry.escalation .answer").inner_text()
    boss.context.close()


def test_changes_appear_in_the_inbox_without_reloading(asgi_server: str, browser: Any,
                                                       page: Any, people: Any) -> None:
    """A conversation another person opens or takes shows up live (WebSocket)."""
    _nearest, later = desk(people, "hu")
    login(page, asgi_server, "agnes", "pw-agnes-123")
    page.wait_for_selector("#live-state.on")
    other = browser.new_context().new_page()
    login(other, asgi_server, "sofia", "pw-sofia-123")
    token = next(c["value"] for c in other.context.cookies() if c["name"] == "csrftoken")
    response = other.request.post(f"{asgi_server}/api/v1/conversations", headers={
        "X-CSRFToken": token, "Referer": f"{asgi_server}/"}, data={
        "channel": "chat", "team": people.team.slug, "subject": "Élő frissítés próbája",
        "language": "hu"})
    assert response.status == 201, response.text()
    page.locator("#inbox-rows", has_text="Élő frissítés próbája").wait_for(timeout=5000)
    other.goto(f"{asgi_server}/conversations/{later.pk}/")
    other.select_option("#assignee", label="sofia")
    other.locator("form[action$='/assign'] button").click()
    page.locator(f"#inbox-rows tr[data-conversation='{later.pk}']",
                 has_text="sofia").wait_for(timeout=5000)
    other.context.close()


def test_the_interface_switches_to_chinese_and_stays(asgi_server: str, page: Any,
                                                     people: Any) -> None:
    desk(people, "zh-Hans")
    login(page, asgi_server, "agnes", "pw-agnes-123")
    page.select_option("#lang-select", "zh-hans")
    page.wait_for_load_state()
    page.locator("h1", has_text="收件箱").wait_for()
    assert page.locator("html").get_attribute("lang") == "zh-hans"
    assert page.get_by_role("link", name="知识库").is_visible()
    screenshot(page, "workspace-inbox-zh")
    first = page.locator("#inbox-rows tr.row").first.get_attribute("data-conversation")
    page.goto(f"{asgi_server}/conversations/{first}/")
    assert page.get_by_role("heading", name="操作").is_visible()
    screenshot(page, "workspace-conversation-zh")


def test_the_conversation_page_works_at_tablet_width(asgi_server: str, page: Any,
                                                     people: Any) -> None:
    nearest, _ = desk(people, "hu")
    login(page, asgi_server, "agnes", "pw-agnes-123")
    page.set_viewport_size({"width": 768, "height": 1000})
    page.goto(f"{asgi_server}/conversations/{nearest.pk}/")
    overflow = page.evaluate("document.documentElement.scrollWidth - "
                             "document.documentElement.clientWidth")
    assert overflow <= 0
    assert page.locator("#reply-text").is_visible()
    screenshot(page, "workspace-conversation-tablet")
    page.goto(f"{asgi_server}/")
    assert page.evaluate("document.documentElement.scrollWidth - "
                         "document.documentElement.clientWidth") <= 0
    screenshot(page, "workspace-inbox-tablet")
