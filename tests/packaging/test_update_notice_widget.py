"""The update notice in the window: shown for a notice, hidden without one, closable, and it
opens only the announced web link."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices

from lpj_desktop.services.updates import UpdateNotice
from lpj_desktop.ui.update_notice import UpdateNoticeWidget


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """URLs the widget asked the OS to open (the browser is the edge we cannot run here)."""
    urls: list[str] = []

    def fake_open(url: QUrl) -> bool:
        urls.append(url.toString())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(fake_open))
    return urls


def test_notice_shows_versions_link_and_menu_entry(qtbot, opened: list[str]) -> None:
    widget = UpdateNoticeWidget()
    qtbot.addWidget(widget)
    widget.show_notice(UpdateNotice("0.1.0", "0.2.0", "https://lpj.example.no/last-ned?a=1&b=2"))
    assert widget.isVisible()
    text = widget.label.text()
    assert "0.2.0" in text and "0.1.0" in text
    assert 'href="https://lpj.example.no/last-ned?a=1&amp;b=2"' in text
    assert widget.menu_action.isVisible() and "0.2.0" in widget.menu_action.text()

    widget.label.linkActivated.emit("https://lpj.example.no/last-ned?a=1&b=2")
    widget.menu_action.trigger()
    assert opened == ["https://lpj.example.no/last-ned?a=1&b=2"] * 2


def test_no_notice_hides_everything(qtbot) -> None:
    widget = UpdateNoticeWidget()
    qtbot.addWidget(widget)
    widget.show_notice(UpdateNotice("0.1.0", "0.2.0", "https://lpj.example.no/"))
    widget.show_notice(None)
    assert not widget.isVisible() and not widget.menu_action.isVisible()


def test_without_a_link_it_says_whom_to_ask_and_opens_nothing(qtbot, opened: list[str]) -> None:
    widget = UpdateNoticeWidget()
    qtbot.addWidget(widget)
    widget.show_notice(UpdateNotice("0.1.0", "0.2.0", None))
    assert widget.isVisible() and "href" not in widget.label.text()
    assert not widget.menu_action.isVisible()
    assert widget.open_download() is False and opened == []


def test_closing_hides_it_and_says_for_which_version(qtbot) -> None:
    widget = UpdateNoticeWidget()
    qtbot.addWidget(widget)
    widget.show_notice(UpdateNotice("0.1.0", "0.3.0", "https://lpj.example.no/"))
    with qtbot.waitSignal(widget.dismissed) as signal:
        qtbot.mouseClick(widget.close_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["0.3.0"]
    assert not widget.isVisible()
