"""Adding files: drops, folders, bad files among good ones, duplicates, cancelling a video."""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from takeitdown_desktop.gui.filelist import State
from tests.media_factory import bad_files, good_jpeg

CLIPS = Path(__file__).resolve().parents[1] / "data" / "videos"


@pytest.fixture
def page(make_window):  # type: ignore[no-untyped-def]
    """The files page inside a real window (drops land on the window)."""
    window = make_window()
    window.draft.choose("under18", window.ctx.services.destination("under18"))
    window.show_page(window.files_page)
    yield window.files_page
    window.files.clear()
    window.files.wait_idle(30_000)


def drop(page, paths: list[str], on=None, action=Qt.DropAction.MoveAction) -> Qt.DropAction:  # type: ignore[no-untyped-def]
    """Drag files over ``on`` (a widget of the page; the drop zone by default) and drop them,
    delivering the events to the window as the windowing system does, with the action a
    file manager proposes (a move, by default: the worst case). Returns the action the
    app answered with."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(p) for p in paths])
    target = on if on is not None else page.drop
    window = page.window()
    where = target.mapTo(window, target.rect().center())
    handle = window.windowHandle()
    args = (action | Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with warnings.catch_warnings():
        # PySide marks the QPoint constructors deprecated; they are the only ones Qt has.
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(where, *args)
        move = QDragMoveEvent(where, *args)
    for event in (enter, move):
        event.setDropAction(action)
        QApplication.sendEvent(handle, event)
        assert event.isAccepted()
        assert event.dropAction() == Qt.DropAction.CopyAction
    event = QDropEvent(QPointF(where), *args)
    event.setDropAction(action)
    QApplication.sendEvent(handle, event)
    assert event.isAccepted()
    return event.dropAction()


def test_a_drop_that_can_only_be_a_move_is_refused(qtbot, page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Accepted as a copy, a drop whose source offers only a move still has the source
    delete the file: such a drop is refused, and the file stays out of the list."""
    photo = good_jpeg(tmp_path / "a.jpg")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    window = page.window()
    where = page.drop.mapTo(window, page.drop.rect().center())
    args = (Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(where, *args)
    enter.setDropAction(Qt.DropAction.MoveAction)
    QApplication.sendEvent(window.windowHandle(), enter)
    assert not enter.isAccepted()
    dropped = QDropEvent(QPointF(where), *args)
    dropped.setDropAction(Qt.DropAction.MoveAction)
    QApplication.sendEvent(window.windowHandle(), dropped)
    assert not dropped.isAccepted() and page.files.entries() == []
    assert photo.exists()


def wait_idle(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.files.entries() and not page.files.busy(), timeout=60_000)


def statuses(page) -> dict[str, str]:  # type: ignore[no-untyped-def]
    tree = page.tree
    return {tree.topLevelItem(i).text(0): tree.topLevelItem(i).text(2) for i in range(tree.topLevelItemCount())}


def test_drop_files_and_folders_with_bad_ones_among_good(qtbot, page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "album"
    (folder / "sub").mkdir(parents=True)
    good_jpeg(folder / "a.jpg", seed=1)
    good_jpeg(folder / "sub" / "b.jpg", seed=2)
    bad = bad_files(tmp_path / "bad")
    drop(page, [str(folder), str(bad["truncated"][0]), str(bad["html named .jpg"][0])])
    wait_idle(qtbot, page)
    shown = statuses(page)
    assert shown["a.jpg"] == "Done" and shown["b.jpg"] == "Done"
    assert "Damaged" in shown["truncated.jpg"]
    assert "Not supported" in shown["page.jpg"]
    assert page.next_button.isEnabled()
    assert len(page.files.done_reports()) == 2


def test_same_file_twice_is_listed_once(qtbot, page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    photo = good_jpeg(tmp_path / "a.jpg")
    copy = tmp_path / "copy of a.jpg"
    shutil.copy(photo, copy)
    drop(page, [str(photo)])
    drop(page, [str(photo)])  # same path: refused at once
    assert page.tree.topLevelItemCount() == 1
    assert "already in the list" in page.note.text()
    page.add_paths([str(copy)])  # same bytes under another name: merged once hashed
    wait_idle(qtbot, page)
    assert page.tree.topLevelItemCount() == 1
    assert len(page.files.done_reports()) == 1


def test_remove_and_clear(qtbot, page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    paths = [str(good_jpeg(tmp_path / f"p{i}.jpg", seed=i)) for i in range(3)]
    page.add_paths(paths)
    wait_idle(qtbot, page)
    page.tree.topLevelItem(0).setSelected(True)
    page.remove_button.click()
    assert page.tree.topLevelItemCount() == 2
    page.clear_button.click()
    assert page.tree.topLevelItemCount() == 0
    assert not page.next_button.isEnabled()


def test_thumbnails_are_made_in_memory(qtbot, page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page.add_paths([str(good_jpeg(tmp_path / "a.jpg"))])
    qtbot.waitUntil(lambda: not page.tree.topLevelItem(0).icon(0).isNull(), timeout=30_000)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.jpg"]  # nothing written beside it


def test_cancel_a_long_video(qtbot, page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.media_factory import mjpeg_clip

    path = mjpeg_clip(tmp_path / "long.avi", 900)
    page.add_paths([str(path)])
    qtbot.waitUntil(lambda: page.files.entries()[0].state is State.WORKING, timeout=60_000)
    assert "Fingerprinting" in statuses(page)["long.avi"]
    page.tree.topLevelItem(0).setSelected(True)
    assert page.stop_button.isEnabled()
    page.stop_button.click()
    wait_idle(qtbot, page)
    assert statuses(page)["long.avi"] == "Stopped."
    assert not page.next_button.isEnabled()


def test_files_the_app_is_opened_with_wait_on_the_files_page(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """"Open with" in a file manager: the files are in the list, fingerprinted here, and
    the person still starts at the welcome page and chooses the kind of case."""
    photo = good_jpeg(tmp_path / "opened with.jpg")
    window = make_window()
    window.open_files([str(photo)])
    assert window.current_page() is window.welcome
    window.welcome.start.emit()
    assert window.current_page() is window.who
    window.who.chosen.emit("under18")
    assert window.current_page() is window.files_page
    wait_idle(qtbot, window.files_page)
    assert statuses(window.files_page) == {"opened with.jpg": "Done"}
    window.files.clear()
    window.files.wait_idle(30_000)
