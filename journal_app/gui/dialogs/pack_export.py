"""The questions asked while exporting a supervision pack (or a development record):
go on despite possible identifying details, and where to write the file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from journal_app.gui.cloud_warning import confirm_plain_file_location
from journal_app.gui.confirm import go_on_anyway
from journal_app.gui.file_places import start_path
from journal_app.services.development_record import DevelopmentOptions
from journal_app.services.pack import PackOptions

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")
# Format: (label, file dialog filter, file suffix); labels marked for lupdate.
FORMAT_CHOICES = {
    "pdf": (
        QT_TRANSLATE_NOOP("PackDialog", "PDF"),
        QT_TRANSLATE_NOOP("PackDialog", "PDF documents (*.pdf)"),
        "pdf",
    ),
    "odt": (
        QT_TRANSLATE_NOOP("PackDialog", "ODT (LibreOffice, Word)"),
        QT_TRANSLATE_NOOP("PackDialog", "OpenDocument text (*.odt)"),
        "odt",
    ),
    "html": (
        QT_TRANSLATE_NOOP("PackDialog", "HTML (web page)"),
        QT_TRANSLATE_NOOP("PackDialog", "Web pages (*.html)"),
        "html",
    ),
    "md": (
        QT_TRANSLATE_NOOP("PackDialog", "Markdown"),
        QT_TRANSLATE_NOOP("PackDialog", "Markdown (*.md)"),
        "md",
    ),
}


def confirm_findings(parent: QWidget, count: int) -> bool:
    """Ask before writing a pack with findings; going back is the default."""
    if count == 1:
        text = translate("PackDialog", "1 possible identifying detail")
    else:
        text = translate("PackDialog", "{n} possible identifying details").format(n=count)
    return go_on_anyway(
        parent,
        translate("PackDialog", "Possible identifying details"),
        text,
        translate(
            "PackDialog",
            "They are listed under the preview, each with a stand-in you could use. "
            "Export anyway only if you are sure they are safe to share.",
        ),
        translate("PackDialog", "&Go back and edit"),
        translate("PackDialog", "Export &anyway"),
    )


def ask_where(parent: QWidget, fmt: str, options: PackOptions | DevelopmentOptions) -> Path | None:
    """The file to write the pack (or a development record) to, with the format's
    suffix added when none was typed."""
    period = f"{options.start.isoformat()}-to-{options.end.isoformat()}"
    if isinstance(options, DevelopmentOptions):
        return ask_file(
            parent,
            fmt,
            f"development-record-{period}",
            translate("DevelopmentRecordDialog", "Export the development record"),
            translate("DevelopmentRecordDialog", "The development record is not encrypted."),
        )
    return ask_file(
        parent,
        fmt,
        f"supervision-pack-{period}",
        translate("PackDialog", "Export the supervision pack"),
        translate("PackDialog", "The supervision pack is not encrypted."),
    )


def ask_file(
    parent: QWidget, fmt: str, suggested: str, title: str, not_encrypted: str
) -> Path | None:
    """The file to write a document to (`suggested` is a name without its suffix),
    with the format's suffix added when none was typed; `not_encrypted` is said when
    the folder chosen is copied to the cloud."""
    _label, file_filter, suffix = FORMAT_CHOICES[fmt]
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        start_path(f"{suggested}.{suffix}", unencrypted=True),
        translate("PackDialog", file_filter),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if not path.suffix:
        path = path.with_name(f"{path.name}.{suffix}")
    if not confirm_plain_file_location(parent, path, not_encrypted):
        return None
    if Path(chosen).suffix:
        return path
    if path.exists():  # the file dialog asked about the name without the suffix
        answer = QMessageBox.question(
            parent,
            translate("PackDialog", "Replace the file?"),
            translate("PackDialog", "{name} already exists. Replace it?").format(name=path.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
    return path
