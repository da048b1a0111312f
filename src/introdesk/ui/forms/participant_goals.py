# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'participant_goals.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_GoalsTab(object):
    def setupUi(self, GoalsTab):
        if not GoalsTab.objectName():
            GoalsTab.setObjectName(u"GoalsTab")
        self.page_layout = QVBoxLayout(GoalsTab)
        self.page_layout.setObjectName(u"page_layout")
        self.assessmentText = QLabel(GoalsTab)
        self.assessmentText.setObjectName(u"assessmentText")
        self.assessmentText.setTextFormat(Qt.TextFormat.RichText)
        self.assessmentText.setWordWrap(True)

        self.page_layout.addWidget(self.assessmentText)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.label_end_goal_group_override = QLabel(GoalsTab)
        self.label_end_goal_group_override.setObjectName(u"label_end_goal_group_override")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_end_goal_group_override)

        self.row_end_goal_group_override = QHBoxLayout()
        self.row_end_goal_group_override.setObjectName(u"row_end_goal_group_override")
        self.field_end_goal_group_override = QComboBox(GoalsTab)
        self.field_end_goal_group_override.setObjectName(u"field_end_goal_group_override")

        self.row_end_goal_group_override.addWidget(self.field_end_goal_group_override)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.row_end_goal_group_override)

        self.label_norwegian_goal_override = QLabel(GoalsTab)
        self.label_norwegian_goal_override.setObjectName(u"label_norwegian_goal_override")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_norwegian_goal_override)

        self.row_norwegian_goal_override = QHBoxLayout()
        self.row_norwegian_goal_override.setObjectName(u"row_norwegian_goal_override")
        self.field_norwegian_goal_override = QLineEdit(GoalsTab)
        self.field_norwegian_goal_override.setObjectName(u"field_norwegian_goal_override")

        self.row_norwegian_goal_override.addWidget(self.field_norwegian_goal_override)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.row_norwegian_goal_override)

        self.label_goal_override_reason = QLabel(GoalsTab)
        self.label_goal_override_reason.setObjectName(u"label_goal_override_reason")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_goal_override_reason)

        self.row_goal_override_reason = QHBoxLayout()
        self.row_goal_override_reason.setObjectName(u"row_goal_override_reason")
        self.field_goal_override_reason = QLineEdit(GoalsTab)
        self.field_goal_override_reason.setObjectName(u"field_goal_override_reason")

        self.row_goal_override_reason.addWidget(self.field_goal_override_reason)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.row_goal_override_reason)


        self.page_layout.addLayout(self.form)

        self.bottom_space = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.bottom_space)

#if QT_CONFIG(shortcut)
        self.label_end_goal_group_override.setBuddy(self.field_end_goal_group_override)
        self.label_norwegian_goal_override.setBuddy(self.field_norwegian_goal_override)
        self.label_goal_override_reason.setBuddy(self.field_goal_override_reason)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(GoalsTab)

        QMetaObject.connectSlotsByName(GoalsTab)
    # setupUi

    def retranslateUi(self, GoalsTab):
        self.label_end_goal_group_override.setText(QCoreApplication.translate("GoalsTab", u"End goal (override)", None))
        self.label_norwegian_goal_override.setText(QCoreApplication.translate("GoalsTab", u"Norwegian goal (override)", None))
        self.field_norwegian_goal_override.setPlaceholderText(QCoreApplication.translate("GoalsTab", u"listening/reading/writing/oral, e.g. B1/B1/A2/B1", None))
        self.label_goal_override_reason.setText(QCoreApplication.translate("GoalsTab", u"Reason for the override", None))
        pass
    # retranslateUi

