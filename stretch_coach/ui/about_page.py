"""About night cramps: what may help, what to do during one, and when to see a
doctor — the red flags first, not buried — with every fact's source named."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from stretch_coach import APP_DISPLAY_NAME, __version__
from stretch_coach.core.health import (
    ASK_ABOUT_MEDICINES,
    DISCLAIMER,
    SECTIONS,
    Fact,
    Section,
    cited_sources,
)
from stretch_coach.core.health import section as guide_section
from stretch_coach.ui.texts import tr
from stretch_coach.ui.theme import Palette

# The advice about getting help leads the page; the rest follows in order.
FIRST_SECTIONS = ("urgent", "see-a-doctor")


def ordered_sections() -> list[Section]:
    first = [s for ident in FIRST_SECTIONS for s in SECTIONS if s.id == ident]
    return first + [s for s in SECTIONS if s.id not in FIRST_SECTIONS]


def medicines_pointer() -> str:
    """The question worth asking about one's medicines, and where this page says
    more; for the welcome and the doctor suggestion."""
    where = tr("See “{section}” under {page}.").format(
        section=tr(guide_section("medicines").title), page=tr("About cramps")
    )
    return f"{tr(ASK_ABOUT_MEDICINES.text)} {where}"


def about_html(palette: Palette | None = None) -> str:
    sections = ordered_sections()
    facts: list[Fact] = [f for s in sections for f in s.facts]
    sources = cited_sources(facts)
    number = {source.id: index for index, source in enumerate(sources, start=1)}
    danger = palette.danger if palette else "#B3261E"
    parts = [f"<h1>{html.escape(tr('About night cramps'))}</h1>"]
    parts.append(f"<p><i>{html.escape(tr(DISCLAIMER))}</i></p>")
    for section in sections:
        important = section.id in FIRST_SECTIONS
        style = f' style="border-left: 4px solid {danger}; padding-left: 8px;"' if important else ""
        parts.append(f"<div{style}><h2>{html.escape(tr(section.title))}</h2>")
        if section.intro:
            parts.append(f"<p>{html.escape(tr(section.intro))}</p>")
        parts.append("<ul>")
        for fact in section.facts:
            refs = "".join(f"<sup>[{number[s]}]</sup>" for s in fact.sources)
            parts.append(f"<li>{html.escape(tr(fact.text))} {refs}</li>")
        parts.append("</ul></div>")
    parts.append(f"<h2>{html.escape(tr('Sources'))}</h2><ol>")
    for source in sources:
        parts.append(f"<li>{html.escape(tr(source.citation))}</li>")
    parts.append("</ol>")
    parts.append(
        f"<p><small>{html.escape(APP_DISPLAY_NAME)} {html.escape(__version__)} · "
        f"{html.escape(tr('Your data stays on this computer.'))}</small></p>"
    )
    return "\n".join(parts)


class AboutDialog(QDialog):
    def __init__(self, palette: Palette | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("About night cramps"))
        self.resize(720, 720)
        layout = QVBoxLayout(self)
        self.text = QTextBrowser(self)
        self.text.setOpenExternalLinks(False)  # nothing here leaves the computer
        self.text.setAccessibleName(tr("About night cramps"))
        self.text.setHtml(about_html(palette))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        for button in buttons.buttons():
            button.setAccessibleName(tr("Close"))
            button.setToolTip(tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
