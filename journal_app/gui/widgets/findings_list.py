"""What the identifiable-information check found in a supervision pack: a heading
with the count, then one row per finding (kind, the text, where, a stand-in)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal_app.services.identifiable import KIND_LABELS, Finding


class FindingsList(QWidget):
    """Activating a row (Enter or a double-click) emits its number, so the dialog can
    show the finding in the preview and select its entry; `current_changed` follows
    the selected row (-1 for none)."""

    finding_activated = Signal(int)
    current_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.heading.setObjectName("findings_heading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.heading.font()
        bold.setBold(True)
        self.heading.setFont(bold)
        self.hint = QLabel(
            self.tr(
                "Change them in the entry (Edit this entry keeps your choices for this "
                "pack), or show the entry as Private or Summary here. Press Enter on a "
                "row to find it in the preview and its entry in the list."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("findings")
        self.tree.setAccessibleName(self.tr("Possible identifying details"))
        self.tree.setHeaderLabels(
            [self.tr("What"), self.tr("Found"), self.tr("Where"), self.tr("Suggested stand-in")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)
        # The kind and the stand-in keep their width; what was found and where share
        # the rest (cut short, whole in their tool tips), so nothing scrolls sideways.
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
            )
        ):
            header.setSectionResizeMode(column, mode)
        self.tree.itemActivated.connect(
            lambda item, _column: self.finding_activated.emit(self.tree.indexOfTopLevelItem(item))
        )
        self.tree.currentItemChanged.connect(
            lambda item, _previous: self.current_changed.emit(
                self.tree.indexOfTopLevelItem(item) if item is not None else -1
            )
        )
        self.empty = QLabel(self.tr("No identifying details found."), self)
        self.empty.setObjectName("findings_empty")
        self.empty.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addStretch(0)
        self.show_findings([])

    def show_findings(self, findings: list[Finding]) -> None:
        self.tree.clear()
        for finding in findings:
            kind = KIND_LABELS.get(finding.kind, finding.kind)
            item = QTreeWidgetItem([kind, finding.text, finding.where, finding.suggestion])
            item.setToolTip(1, finding.text)
            item.setToolTip(2, finding.where)
            self.tree.addTopLevelItem(item)
        count = len(findings)
        if count == 0:
            heading = self.tr("Identifying details check")
        elif count == 1:
            heading = self.tr("1 possible identifying detail")
        else:
            heading = self.tr("{n} possible identifying details").format(n=count)
        self.heading.setText(heading)
        self.tree.setVisible(count > 0)
        self.hint.setVisible(count > 0)
        self.empty.setText(self.tr("No identifying details found."))
        self.empty.setVisible(count == 0)
        self._size_tree()

    def _size_tree(self) -> None:
        """At least two rows high under the column titles, and wide enough for the
        kind, the stand-in and a little of the other two columns."""
        tree, header = self.tree, self.tree.header()
        row = tree.sizeHintForRow(0) if tree.topLevelItemCount() else -1
        row = max(row, tree.fontMetrics().height() + 4)
        frame = 2 * tree.frameWidth()
        tree.setMinimumHeight(header.sizeHint().height() + 2 * row + frame)
        widths = [
            max(header.sectionSizeHint(column), tree.sizeHintForColumn(column)) for column in (0, 3)
        ]
        bar = tree.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, tree)
        tree.setMinimumWidth(sum(widths) + 2 * header.minimumSectionSize() + frame + bar)
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        """As tall as the heading, the whole explanation at this width and two rows:
        the splitter above never squeezes the explanation's lines into each other."""
        hint = super().minimumSizeHint()
        layout = self.layout()
        if layout is None or self.width() <= 0:
            return hint
        return QSize(
            hint.width(), max(hint.height(), layout.totalMinimumHeightForWidth(self.width()))
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # the explanation wraps to another number of lines

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._size_tree()

    def show_checking(self) -> None:
        """The check is running on the pack shown; its findings follow."""
        self.show_findings([])
        self.empty.setText(self.tr("Checking the pack for identifying details…"))

    def clear(self) -> None:
        """No pack to check (the period is wrong, or the journal locked)."""
        self.show_findings([])
        self.empty.setText(self.tr("The check runs on the pack shown in the preview."))

    def count(self) -> int:
        return self.tree.topLevelItemCount()
