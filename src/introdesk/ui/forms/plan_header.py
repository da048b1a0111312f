# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_header.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QWidget)

class Ui_PlanHeader(object):
    def setupUi(self, PlanHeader):
        if not PlanHeader.objectName():
            PlanHeader.setObjectName(u"PlanHeader")
        self.top = QHBoxLayout(PlanHeader)
        self.top.setObjectName(u"top")
        self.top.setContentsMargins(0, 0, 0, 0)
        self.participant_label = QLabel(PlanHeader)
        self.participant_label.setObjectName(u"participant_label")

        self.top.addWidget(self.participant_label)

        self.planParticipant = QComboBox(PlanHeader)
        self.planParticipant.setObjectName(u"planParticipant")
        self.planParticipant.setMinimumSize(QSize(280, 0))
        self.planParticipant.setEditable(True)
        self.planParticipant.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.top.addWidget(self.planParticipant)

        self.planVersionLabel = QLabel(PlanHeader)
        self.planVersionLabel.setObjectName(u"planVersionLabel")

        self.top.addWidget(self.planVersionLabel)

        self.newPlan = QPushButton(PlanHeader)
        self.newPlan.setObjectName(u"newPlan")

        self.top.addWidget(self.newPlan)

        self.signPlan = QPushButton(PlanHeader)
        self.signPlan.setObjectName(u"signPlan")

        self.top.addWidget(self.signPlan)

        self.revisePlan = QPushButton(PlanHeader)
        self.revisePlan.setObjectName(u"revisePlan")

        self.top.addWidget(self.revisePlan)

        self.top.setStretch(1, 1)
        self.top.setStretch(2, 2)
#if QT_CONFIG(shortcut)
        self.participant_label.setBuddy(self.planParticipant)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanHeader)

        QMetaObject.connectSlotsByName(PlanHeader)
    # setupUi

    def retranslateUi(self, PlanHeader):
        self.participant_label.setText(QCoreApplication.translate("PlanHeader", u"Participant:", None))
        self.newPlan.setText(QCoreApplication.translate("PlanHeader", u"&New plan", None))
        self.signPlan.setText(QCoreApplication.translate("PlanHeader", u"&Sign\u2026", None))
        self.revisePlan.setText(QCoreApplication.translate("PlanHeader", u"&Revise\u2026", None))
        pass
    # retranslateUi

