"""Does this copy match? Choose a copy found online and the originals (or a fingerprint
file), and read in plain words whether websites would recognise it; nothing is sent."""

from __future__ import annotations

import os
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from takeitdown_desktop.core.match import CopyCheck, Original, Reason
from takeitdown_desktop.gui import privacy
from takeitdown_desktop.gui.i18n import ltr, tr
from takeitdown_desktop.gui.views.partials.widgets import Page, Words, button, heading, paragraph, primary, worded


def verdict_text(check: CopyCheck) -> str:
    """The verdict in plain words: the app's one table of them (the command line prints codes)."""
    if check.reason is Reason.SAME_FILE:
        return tr("Yes: this is the same file as one of your originals. Websites that take part will recognise it.")
    if check.reason is Reason.PDQ and check.orientation not in (None, "original"):
        return tr(
            "Probably: this copy is a mirrored or turned version of one of your originals. Websites that "
            "check for that will recognise it. To be sure that every website does, add it to the case too."
        )
    if check.reason is Reason.PDQ:
        return tr("Yes: websites that take part would recognise this copy. It is close enough to one of your originals.")
    if check.reason is Reason.VPDQ:
        return tr("Yes: websites that take part would recognise this video. Most of its scenes match one of your originals.")
    if check.reason is Reason.TOO_PLAIN:
        return tr(
            "No: this picture has too little detail to be recognised by how it looks. Adding it to the case "
            "still lets websites block this exact file."
        )
    if check.reason is Reason.NO_ORIGINALS:
        return tr(
            "This copy cannot be compared: none of your originals is the same kind of file (a photo or a "
            "video). Add it to the case so that it can be blocked too."
        )
    if check.reason is Reason.UNREADABLE:
        return tr("This file could not be read, so it could not be checked.")
    return tr(
        "No: this copy looks too different from your originals for websites to recognise it (for example, "
        "it is cropped or has a frame around it). Add it to the case so that it can be blocked too."
    )


def closest_text(check: CopyCheck) -> str:
    """Which original came closest, and how close, for the person who wants to know."""
    if check.closest is None or check.reason is Reason.SAME_FILE:
        return ""
    name = ltr(os.path.basename(check.closest.label) or check.closest.label)
    if check.pdq_distance is not None:
        return tr("Closest original: {name}. Difference: {distance} (up to 31 is recognised).").format(
            name=name, distance=check.pdq_distance
        )
    if check.copy_percent is not None and check.original_percent is not None:
        return tr(
            "Closest original: {name}. Matching scenes: {copy}% of the copy, {original}% of the original "
            "(80% of each is recognised)."
        ).format(name=name, copy=round(check.copy_percent), original=round(check.original_percent))
    return ""


class CopyCheckPage(Page):
    """Signals:
    - ``back()``
    - ``check(copy, originals)``: compare the copy's path with these originals' paths
      (files, folders or fingerprint files) and the originals given to ``load``.
    - ``add_copy(path)``: put the copy in the case's files.
    """

    back = Signal()
    check = Signal(str, list)
    add_copy = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.title = heading()
        self.body.addWidget(self.title)
        self.intro = paragraph()
        self.body.addWidget(self.intro)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.copy_caption, self.originals_caption = QLabel(), QLabel()
        self.copy_chosen, self.originals_chosen = paragraph(), paragraph()
        self.copy_button = button()
        self.originals_button = button()
        self.fingerprints_button = button()
        grid.addWidget(self.copy_caption, 0, 0, 1, 2)
        grid.addWidget(self.copy_chosen, 1, 0, 1, 2)
        grid.addWidget(self.copy_button, 2, 0)
        grid.addWidget(self.originals_caption, 3, 0, 1, 2)
        grid.addWidget(self.originals_chosen, 4, 0, 1, 2)
        grid.addWidget(self.originals_button, 5, 0)
        grid.addWidget(self.fingerprints_button, 5, 1)
        self.body.addLayout(grid)
        self.verdict = heading(level=2)
        self.body.addWidget(self.verdict)
        self.detail = paragraph()
        self.body.addWidget(self.detail)
        self.body.addStretch(1)
        self.back_button = button()
        self.add_button = button()
        self.check_button = primary()
        self.main_button = self.check_button
        self.actions.add_left(self.back_button)
        self.actions.add_right(self.add_button)
        self.actions.add_right(self.check_button)
        self.back_button.clicked.connect(self.back)
        self.copy_button.clicked.connect(self._pick_copy)
        self.originals_button.clicked.connect(self._pick_originals)
        self.fingerprints_button.clicked.connect(self._pick_fingerprints)
        self.check_button.clicked.connect(lambda: self.check.emit(self._copy, list(self._paths)))
        self.add_button.clicked.connect(lambda: self.add_copy.emit(self._copy))
        self._copy = ""
        self._paths: list[str] = []
        self._given: tuple[Original, ...] = ()
        self._has_case = False
        self._verdict: Words = ""
        self._detail: Words = ""
        self.reset()

    # -- what is shown ---------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(tr("Check a copy"))
        self.intro.setText(
            tr(
                "Found a copy of your photo or video online? Check whether websites that take part would "
                "recognise it from your fingerprints. Nothing is sent: the check happens on this computer."
            )
        )
        self.copy_caption.setText(tr("The copy you found"))
        self.originals_caption.setText(tr("Your originals"))
        self.copy_button.setText(tr("Choose the copy…"))
        self.originals_button.setText(tr("Choose originals…"))
        self.fingerprints_button.setText(tr("Choose a fingerprint file…"))
        self.back_button.setText(tr("Back"))
        self.check_button.setText(tr("Check", "button: compare the copy found online with the originals"))
        self.add_button.setText(tr("Add it to this case") if self._has_case else tr("Start a case with it"))
        self._show_choices()
        self.verdict.setText(worded(self._verdict))
        self.detail.setText(worded(self._detail))

    def _show_choices(self) -> None:
        self.copy_chosen.setText(ltr(os.path.basename(self._copy)) if self._copy else tr("Nothing chosen yet"))
        parts = []
        if self._given:
            parts.append(tr("The fingerprints of %n file(s) from this case", "", len(self._given)))
        if self._paths:
            parts.append(", ".join(ltr(os.path.basename(p.rstrip(os.sep)) or p) for p in self._paths))
        self.originals_chosen.setText("; ".join(parts) if parts else tr("Nothing chosen yet"))
        self.check_button.setEnabled(bool(self._copy and (self._given or self._paths)))

    def first_focus(self) -> QWidget | None:
        return self.copy_button if not self._copy else self.check_button

    # -- what the window tells it -------------------------------------------------------------
    def load(self, originals: Sequence[Original] = (), *, has_case: bool = False) -> None:
        """Start afresh; ``originals`` are the case's files already fingerprinted."""
        self.reset()
        self._given = tuple(originals)
        self._has_case = has_case
        self.retranslate()

    def given(self) -> tuple[Original, ...]:
        return self._given

    def reset(self) -> None:
        """Forget the copy, the originals and the verdict."""
        self._copy, self._paths, self._given, self._has_case = "", [], (), False
        self._verdict = self._detail = ""
        self.add_button.setVisible(False)
        self.retranslate()

    def set_copy(self, path: str) -> None:
        self._copy = path
        self._clear_verdict()

    def set_originals(self, paths: Sequence[str]) -> None:
        self._paths = list(paths)
        self._clear_verdict()

    def show_checking(self) -> None:
        self._show(lambda: tr("Checking… Nothing is sent: this happens on this computer."), "")
        self.check_button.setEnabled(False)
        self.add_button.setVisible(False)

    def show_check(self, check: CopyCheck) -> None:
        practice = self.practice and check.covered

        def detail() -> str:
            closest = closest_text(check)
            if not practice:
                return closest
            # "Websites will recognise it" is what the fingerprints would do; in practice
            # mode no website has them.
            return " ".join(filter(None, (closest, tr(
                "Practice mode: nothing was shared with websites, so none of them is looking for this copy. "
                "This is what a real case would do."
            ))))

        self._show(lambda: verdict_text(check), detail)
        self.check_button.setEnabled(True)
        # Offered whenever a website might not recognise it: then adding it is what helps.
        offer = check.reason is not Reason.UNREADABLE and (not check.covered or check.orientation not in (None, "original"))
        self.add_button.setVisible(offer)

    def show_failure(self, words: Words) -> None:
        self._show(words, "")
        self.check_button.setEnabled(True)

    def _show(self, verdict: Words, detail: Words) -> None:
        self._verdict, self._detail = verdict, detail
        self.verdict.setText(worded(verdict))
        self.detail.setText(worded(detail))

    def _clear_verdict(self) -> None:
        self._show("", "")
        self.add_button.setVisible(False)
        self._show_choices()

    # -- choosing files ----------------------------------------------------------------------
    def _pick_copy(self) -> None:
        paths = privacy.choose_files(self, tr("Choose the copy"))
        if paths:
            self.set_copy(paths[0])
            self.check_button.setFocus()

    def _pick_originals(self) -> None:
        paths = privacy.choose_files(self, tr("Choose your originals"))
        if paths:
            self.set_originals(paths)

    def _pick_fingerprints(self) -> None:
        paths = privacy.choose_files(self, tr("Choose a fingerprint file"))
        if paths:
            self.set_originals(paths)
