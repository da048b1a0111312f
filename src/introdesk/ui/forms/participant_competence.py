# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'participant_competence.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_CompetenceTab(object):
    def setupUi(self, CompetenceTab):
        if not CompetenceTab.objectName():
            CompetenceTab.setObjectName(u"CompetenceTab")
        self.page_layout = QVBoxLayout(CompetenceTab)
        self.page_layout.setObjectName(u"page_layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.label_education_level = QLabel(CompetenceTab)
        self.label_education_level.setObjectName(u"label_education_level")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_education_level)

        self.row_education_level = QHBoxLayout()
        self.row_education_level.setObjectName(u"row_education_level")
        self.field_education_level = QComboBox(CompetenceTab)
        self.field_education_level.setObjectName(u"field_education_level")

        self.row_education_level.addWidget(self.field_education_level)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.row_education_level)

        self.label_completed_upper_secondary = QLabel(CompetenceTab)
        self.label_completed_upper_secondary.setObjectName(u"label_completed_upper_secondary")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_completed_upper_secondary)

        self.row_completed_upper_secondary = QHBoxLayout()
        self.row_completed_upper_secondary.setObjectName(u"row_completed_upper_secondary")
        self.field_completed_upper_secondary = QCheckBox(CompetenceTab)
        self.field_completed_upper_secondary.setObjectName(u"field_completed_upper_secondary")

        self.row_completed_upper_secondary.addWidget(self.field_completed_upper_secondary)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.row_completed_upper_secondary)

        self.label_career_guidance_date = QLabel(CompetenceTab)
        self.label_career_guidance_date.setObjectName(u"label_career_guidance_date")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_career_guidance_date)

        self.row_career_guidance_date = QHBoxLayout()
        self.row_career_guidance_date.setObjectName(u"row_career_guidance_date")
        self.field_career_guidance_date = QLineEdit(CompetenceTab)
        self.field_career_guidance_date.setObjectName(u"field_career_guidance_date")

        self.row_career_guidance_date.addWidget(self.field_career_guidance_date)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.row_career_guidance_date)

        self.label_career_guidance_recommendation = QLabel(CompetenceTab)
        self.label_career_guidance_recommendation.setObjectName(u"label_career_guidance_recommendation")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_career_guidance_recommendation)

        self.row_career_guidance_recommendation = QHBoxLayout()
        self.row_career_guidance_recommendation.setObjectName(u"row_career_guidance_recommendation")
        self.field_career_guidance_recommendation = QPlainTextEdit(CompetenceTab)
        self.field_career_guidance_recommendation.setObjectName(u"field_career_guidance_recommendation")
        self.field_career_guidance_recommendation.setMaximumSize(QSize(16777215, 60))

        self.row_career_guidance_recommendation.addWidget(self.field_career_guidance_recommendation)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.row_career_guidance_recommendation)


        self.page_layout.addLayout(self.form)

        self.error_competence = QLabel(CompetenceTab)
        self.error_competence.setObjectName(u"error_competence")
        self.error_competence.setStyleSheet(u"color: #b00020;")

        self.page_layout.addWidget(self.error_competence)

#if QT_CONFIG(shortcut)
        self.label_education_level.setBuddy(self.field_education_level)
        self.label_completed_upper_secondary.setBuddy(self.field_completed_upper_secondary)
        self.label_career_guidance_date.setBuddy(self.field_career_guidance_date)
        self.label_career_guidance_recommendation.setBuddy(self.field_career_guidance_recommendation)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CompetenceTab)

        QMetaObject.connectSlotsByName(CompetenceTab)
    # setupUi

    def retranslateUi(self, CompetenceTab):
        self.label_education_level.setText(QCoreApplication.translate("CompetenceTab", u"Highest education", None))
        self.label_completed_upper_secondary.setText(QCoreApplication.translate("CompetenceTab", u"Completed upper secondary (GSU list)", None))
        self.label_career_guidance_date.setText(QCoreApplication.translate("CompetenceTab", u"Career guidance on", None))
        self.field_career_guidance_date.setPlaceholderText(QCoreApplication.translate("CompetenceTab", u"dd.mm.yyyy", None))
        self.label_career_guidance_recommendation.setText(QCoreApplication.translate("CompetenceTab", u"Career guidance recommendation", None))
        pass
    # retranslateUi

