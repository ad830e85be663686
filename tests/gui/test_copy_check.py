"""The "Check a copy" page: from the welcome page against chosen originals, and from the
done page against the case's own files, with a way to add an uncovered copy to the case."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageOps

from tests.gui.conftest import answer_file_dialog
from tests.gui.test_flow import go_to_files, wait_files
from tests.match_corpus import photo_like


def pictures(tmp_path: Path) -> tuple[Path, Path, Path]:
    original = tmp_path / "original.png"
    Image.fromarray(photo_like(240, 320, seed=41)).save(original)
    smaller = tmp_path / "smaller.jpg"
    Image.open(original).resize((160, 120)).save(smaller, quality=70)
    cropped = tmp_path / "cropped.jpg"
    Image.open(original).crop((40, 30, 280, 210)).save(cropped, quality=85)
    return original, smaller, cropped


def test_from_the_welcome_page_a_cropped_copy_starts_a_case(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    original, smaller, cropped = pictures(tmp_path)
    window = make_window()
    page = window.copy_check
    window.welcome.copy_button.click()
    assert window.current_page() is page and not page.check_button.isEnabled()
    answer_file_dialog(str(smaller))
    page.copy_button.click()
    answer_file_dialog(str(original))
    page.originals_button.click()
    assert "smaller.jpg" in page.copy_chosen.text() and "original.png" in page.originals_chosen.text()
    page.check_button.click()
    qtbot.waitUntil(lambda: page.verdict.text().startswith("Yes"), timeout=60_000)
    assert "Difference:" in page.detail.text() and not page.add_button.isVisible()

    page.set_copy(str(cropped))
    assert page.verdict.text() == ""  # a new copy: the old verdict goes
    page.check_button.click()
    qtbot.waitUntil(lambda: page.verdict.text().startswith("No"), timeout=60_000)
    assert page.add_button.isVisible() and page.add_button.text() == "Start a case with it"
    page.add_button.click()
    # A new case: "How old…" first, and the copy is waiting among the files.
    assert window.current_page() is window.who
    assert [e.name for e in window.files.entries()] == ["cropped.jpg"]
    window.who.under18.setChecked(True)
    window.who.next_button.click()
    assert window.current_page() is window.files_page


def test_from_the_done_page_the_case_files_are_the_originals(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    original, _smaller, cropped = pictures(tmp_path)
    mirrored = tmp_path / "mirrored.jpg"
    ImageOps.mirror(Image.open(original)).save(mirrored, quality=80)
    window = make_window()
    go_to_files(window, qtbot)
    window.files_page.add_paths([str(original)])
    wait_files(window, qtbot)
    window.files_page.next_button.click()
    window.review.consent.setChecked(True)
    window.review.send_button.click()
    qtbot.waitUntil(lambda: window.current_page() is window.done, timeout=60_000)
    case = window.done.case_label.text()

    window.done.check_copy_button.click()
    page = window.copy_check
    assert window.current_page() is page
    assert page.originals_chosen.text() == "The fingerprints of 1 file from this case"
    page.set_copy(str(mirrored))
    page.check_button.click()
    qtbot.waitUntil(lambda: page.verdict.text() != "" and not page.verdict.text().startswith("Checking"), timeout=60_000)
    # Mirrored: recognised where websites check for it, and adding it is offered to be sure.
    assert page.verdict.text().startswith("Probably") and page.add_button.isVisible()
    assert page.add_button.text() == "Add it to this case"
    page.set_copy(str(cropped))
    page.check_button.click()
    qtbot.waitUntil(lambda: page.verdict.text().startswith("No"), timeout=60_000)
    page.add_button.click()
    # Added to the open case: the files page, with only the copy, and back leads to the done page.
    assert window.current_page() is window.files_page
    assert [e.name for e in window.files.entries()] == ["cropped.jpg"]
    wait_files(window, qtbot)
    window.files_page.next_button.click()
    assert case in window.review.destination.text()
    window.review.back_button.click()
    window.files_page.back_button.click()
    assert window.current_page() is window.done

    window.done.check_copy_button.click()
    page.back_button.click()
    assert window.current_page() is window.done and page.copy_chosen.text() == "Nothing chosen yet"
