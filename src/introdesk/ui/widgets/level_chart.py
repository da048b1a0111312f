"""Levels over time per Norskprøven sub-skill against the Norwegian goal, drawn with QPainter.

One line per sub-skill (every result, in date order; the best is what counts, brief §4.1) and a
dashed line per sub-skill at its goal level. Colours are paired with marker shapes so the chart
also reads in grey scale.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from introdesk.domain.codes import CefrLevel, SubSkill
from introdesk.domain.language_tests import NorskprovenResult

COLOURS = {
    SubSkill.LISTENING: QColor("#1f77b4"),
    SubSkill.READING: QColor("#2ca02c"),
    SubSkill.WRITING: QColor("#d62728"),
    SubSkill.ORAL: QColor("#9467bd"),
}
LEVELS = [CefrLevel.BELOW_A1, CefrLevel.A1, CefrLevel.A2, CefrLevel.B1, CefrLevel.B2]


def skill_label(skill: SubSkill) -> str:
    return {
        SubSkill.LISTENING: QCoreApplication.translate("LevelChart", "Listening"),
        SubSkill.READING: QCoreApplication.translate("LevelChart", "Reading"),
        SubSkill.WRITING: QCoreApplication.translate("LevelChart", "Writing"),
        SubSkill.ORAL: QCoreApplication.translate("LevelChart", "Oral"),
    }[skill]


def level_label(level: CefrLevel | None) -> str:
    if level is None:
        return "–"
    if level is CefrLevel.BELOW_A1:
        return QCoreApplication.translate("LevelChart", "below A1")
    return level.value


class LevelChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("levelChart")
        self.setMinimumSize(360, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._series: dict[SubSkill, list[tuple[date, CefrLevel]]] = {}
        self._goal: dict[SubSkill, CefrLevel] = {}
        self._today: date | None = None
        self._title = ""
        self._deadline: date | None = None

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(520, 280)

    # --- data ------------------------------------------------------------------------------

    def set_data(
        self,
        results: Iterable[NorskprovenResult],
        goal: Mapping[SubSkill, CefrLevel] | None,
        *,
        today: date,
        title: str = "",
        deadline: date | None = None,
    ) -> None:
        series: dict[SubSkill, list[tuple[date, CefrLevel]]] = {}
        for result in sorted(results, key=lambda r: r.test_date):
            series.setdefault(result.sub_skill, []).append((result.test_date, result.level))
        self._series = series
        self._goal = dict(goal or {})
        self._today = today
        self._title = title
        self._deadline = deadline
        self.update()
        self.setAccessibleDescription(self.describe())

    def clear(self) -> None:
        self._series, self._goal, self._title, self._deadline = {}, {}, "", None
        self.update()

    def series(self) -> dict[SubSkill, list[tuple[date, CefrLevel]]]:
        return {skill: list(points) for skill, points in self._series.items()}

    def goal(self) -> dict[SubSkill, CefrLevel]:
        return dict(self._goal)

    def describe(self) -> str:
        """Plain text of what is drawn (screen readers, tooltips)."""
        parts = []
        for skill in SubSkill:
            points = self._series.get(skill, [])
            latest = level_label(points[-1][1]) if points else "–"
            goal = level_label(self._goal.get(skill))
            parts.append(f"{skill_label(skill)}: {latest} / {goal}")
        return "; ".join(parts)

    # --- painting --------------------------------------------------------------------------

    def _levels(self) -> list[CefrLevel]:
        shown = {lvl for points in self._series.values() for _, lvl in points}
        return [*LEVELS, CefrLevel.C1] if CefrLevel.C1 in shown else LEVELS

    def _span(self) -> tuple[date, date]:
        days = [d for points in self._series.values() for d, _ in points]
        extra = [d for d in (self._today, self._deadline) if d is not None]
        end = max([*days, *extra])
        start = min(days)
        if (end - start).days < 60:
            start = date.fromordinal(end.toordinal() - 60)
        return start, end

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        text_pen = QPen(palette.text().color())
        metrics = self.fontMetrics()
        line_height = metrics.height()
        left = metrics.horizontalAdvance(level_label(CefrLevel.BELOW_A1)) + 14
        top = line_height * 2 + 10
        plot = QRectF(left, top, self.width() - left - 16, self.height() - top - line_height - 14)
        painter.setPen(text_pen)
        title_font = QFont(self.font())
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.drawText(QPointF(8, line_height), self._title)
        painter.setFont(self.font())
        self._draw_legend(painter, line_height * 2 + 2)
        levels = self._levels()

        def y_of(level: CefrLevel) -> float:
            index = levels.index(level) if level in levels else 0
            return plot.bottom() - plot.height() * (index + 0.5) / len(levels)

        self._draw_level_axis(painter, plot, levels, y_of, text_pen)
        if not self._series:
            painter.drawText(
                plot,
                Qt.AlignmentFlag.AlignCenter,
                QCoreApplication.translate("LevelChart", "No Norskprøven results yet"),
            )
            self._draw_goals(painter, plot, y_of)
            painter.end()
            return
        start, end = self._span()
        span = max((end - start).days, 1)

        def x_of(day: date) -> float:
            return plot.left() + 8 + (plot.width() - 16) * (day - start).days / span

        self._draw_time_axis(painter, plot, (start, end), x_of, text_pen)
        self._draw_goals(painter, plot, y_of)
        self._draw_deadline(painter, plot, x_of)
        self._draw_series(painter, x_of, y_of)
        painter.end()

    def _draw_level_axis(
        self,
        painter: QPainter,
        plot: QRectF,
        levels: list[CefrLevel],
        y_of: Callable[[CefrLevel], float],
        text_pen: QPen,
    ) -> None:
        """A dotted line and a label for each level, and the two axes."""
        palette = self.palette()
        metrics = self.fontMetrics()
        grid = QPen(palette.mid().color(), 1, Qt.PenStyle.DotLine)
        for level in levels:
            y = y_of(level)
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text_pen)
            painter.drawText(QPointF(4, y + metrics.ascent() / 2 - 1), level_label(level))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())

    def _draw_time_axis(
        self,
        painter: QPainter,
        plot: QRectF,
        span: tuple[date, date],
        x_of: Callable[[date], float],
        text_pen: QPen,
    ) -> None:
        """A tick and the year at each new year, and the first and last month below."""
        start, end = span
        palette = self.palette()
        metrics = self.fontMetrics()
        line_height = metrics.height()
        tick_pen = QPen(palette.mid().color(), 1)
        for year in range(start.year + 1, end.year + 1):
            x = x_of(date(year, 1, 1))
            painter.setPen(tick_pen)
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            painter.setPen(text_pen)
            label = str(year)
            half = metrics.horizontalAdvance(label) / 2
            if plot.left() + 50 < x - half and x + half < plot.right() - 50:
                painter.drawText(QPointF(x - half, plot.bottom() + 4 + metrics.ascent()), label)
        painter.setPen(text_pen)
        for day, align in ((start, Qt.AlignmentFlag.AlignLeft), (end, Qt.AlignmentFlag.AlignRight)):
            label = day.strftime("%m.%Y")
            box = QRectF(plot.left(), plot.bottom() + 2, plot.width(), line_height + 4)
            painter.drawText(box, align | Qt.AlignmentFlag.AlignTop, label)

    def _draw_deadline(
        self, painter: QPainter, plot: QRectF, x_of: Callable[[date], float]
    ) -> None:
        """The deadline as a dash-dotted line with its date (nothing without a deadline)."""
        if self._deadline is None:
            return
        palette = self.palette()
        metrics = self.fontMetrics()
        x = x_of(self._deadline)
        painter.setPen(QPen(palette.text().color(), 1, Qt.PenStyle.DashDotLine))
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        label = QCoreApplication.translate("LevelChart", "deadline %1").replace(
            "%1", self._deadline.strftime("%d.%m.%Y")
        )
        width = metrics.horizontalAdvance(label)
        painter.drawText(QPointF(min(x + 4, plot.right() - width), plot.top() + 12), label)

    def _draw_series(
        self,
        painter: QPainter,
        x_of: Callable[[date], float],
        y_of: Callable[[CefrLevel], float],
    ) -> None:
        """Each sub-skill's results as a line with markers, a little apart so none hides."""
        offsets = {skill: (i - 1.5) * 3 for i, skill in enumerate(SubSkill)}
        for skill in SubSkill:
            points = [
                QPointF(x_of(d), y_of(lvl) + offsets[skill])
                for d, lvl in self._series.get(skill, [])
            ]
            if not points:
                continue
            pen = QPen(COLOURS[skill], 2)
            painter.setPen(pen)
            path = QPainterPath(points[0])
            for point in points[1:]:
                path.lineTo(point)
            painter.drawPath(path)
            painter.setBrush(COLOURS[skill])
            for point in points:
                self._marker(painter, skill, point)
            painter.setBrush(Qt.BrushStyle.NoBrush)

    def _draw_goals(
        self, painter: QPainter, plot: QRectF, y_of: Callable[[CefrLevel], float]
    ) -> None:
        offsets = {skill: (i - 1.5) * 3 for i, skill in enumerate(SubSkill)}
        for skill, level in self._goal.items():
            pen = QPen(COLOURS[skill], 1.5, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            y = y_of(level) + offsets[skill]
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))

    def _draw_legend(self, painter: QPainter, y: float) -> None:
        metrics = self.fontMetrics()
        x = 8.0
        for skill in SubSkill:
            painter.setPen(QPen(COLOURS[skill], 2))
            painter.setBrush(COLOURS[skill])
            self._marker(painter, skill, QPointF(x + 5, y - metrics.ascent() / 2 + 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(self.palette().text().color()))
            label = skill_label(skill)
            painter.drawText(QPointF(x + 14, y), label)
            x += 14 + metrics.horizontalAdvance(label) + 16
        painter.setPen(QPen(self.palette().text().color(), 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(
            QPointF(x, y - metrics.ascent() / 2), QPointF(x + 20, y - metrics.ascent() / 2)
        )
        painter.drawText(QPointF(x + 26, y), QCoreApplication.translate("LevelChart", "goal"))

    @staticmethod
    def _marker(painter: QPainter, skill: SubSkill, centre: QPointF) -> None:
        r = 4.0
        if skill is SubSkill.LISTENING:
            painter.drawEllipse(centre, r, r)
        elif skill is SubSkill.READING:
            painter.drawRect(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r))
        elif skill is SubSkill.WRITING:
            path = QPainterPath(QPointF(centre.x(), centre.y() - r - 1))
            path.lineTo(centre.x() + r + 1, centre.y() + r)
            path.lineTo(centre.x() - r - 1, centre.y() + r)
            path.closeSubpath()
            painter.drawPath(path)
        else:
            path = QPainterPath(QPointF(centre.x(), centre.y() - r - 1))
            path.lineTo(centre.x() + r + 1, centre.y())
            path.lineTo(centre.x(), centre.y() + r + 1)
            path.lineTo(centre.x() - r - 1, centre.y())
            path.closeSubpath()
            painter.drawPath(path)
