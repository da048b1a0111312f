# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'participant_programme.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QSizePolicy,
    QSpinBox, QWidget)

class Ui_ProgrammeTab(object):
    def setupUi(self, ProgrammeTab):
        if not ProgrammeTab.objectName():
            ProgrammeTab.setObjectName(u"ProgrammeTab")
        self.form = QFormLayout(ProgrammeTab)
        self.form.setObjectName(u"form")
        self.label_status = QLabel(ProgrammeTab)
        self.label_status.setObjectName(u"label_status")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_status)

        self.row_status = QHBoxLayout()
        self.row_status.setObjectName(u"row_status")
        self.field_status = QComboBox(ProgrammeTab)
        self.field_status.setObjectName(u"field_status")

        self.row_status.addWidget(self.field_status)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.row_status)

        self.label_adviser_id = QLabel(ProgrammeTab)
        self.label_adviser_id.setObjectName(u"label_adviser_id")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_adviser_id)

        self.row_adviser_id = QHBoxLayout()
        self.row_adviser_id.setObjectName(u"row_adviser_id")
        self.field_adviser_id = QComboBox(ProgrammeTab)
        self.field_adviser_id.setObjectName(u"field_adviser_id")

        self.row_adviser_id.addWidget(self.field_adviser_id)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.row_adviser_id)

        self.label_permit_type = QLabel(ProgrammeTab)
        self.label_permit_type.setObjectName(u"label_permit_type")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_permit_type)

        self.row_permit_type = QHBoxLayout()
        self.row_permit_type.setObjectName(u"row_permit_type")
        self.field_permit_type = QComboBox(ProgrammeTab)
        self.field_permit_type.setObjectName(u"field_permit_type")

        self.row_permit_type.addWidget(self.field_permit_type)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.row_permit_type)

        self.label_permit_date = QLabel(ProgrammeTab)
        self.label_permit_date.setObjectName(u"label_permit_date")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_permit_date)

        self.row_permit_date = QHBoxLayout()
        self.row_permit_date.setObjectName(u"row_permit_date")
        self.field_permit_date = QLineEdit(ProgrammeTab)
        self.field_permit_date.setObjectName(u"field_permit_date")

        self.row_permit_date.addWidget(self.field_permit_date)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.row_permit_date)

        self.label_regime = QLabel(ProgrammeTab)
        self.label_regime.setObjectName(u"label_regime")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_regime)

        self.row_regime = QHBoxLayout()
        self.row_regime.setObjectName(u"row_regime")
        self.field_regime = QComboBox(ProgrammeTab)
        self.field_regime.setObjectName(u"field_regime")

        self.row_regime.addWidget(self.field_regime)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.row_regime)

        self.label_settlement_municipality = QLabel(ProgrammeTab)
        self.label_settlement_municipality.setObjectName(u"label_settlement_municipality")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_settlement_municipality)

        self.row_settlement_municipality = QHBoxLayout()
        self.row_settlement_municipality.setObjectName(u"row_settlement_municipality")
        self.field_settlement_municipality = QLineEdit(ProgrammeTab)
        self.field_settlement_municipality.setObjectName(u"field_settlement_municipality")

        self.row_settlement_municipality.addWidget(self.field_settlement_municipality)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.row_settlement_municipality)

        self.label_settlement_date = QLabel(ProgrammeTab)
        self.label_settlement_date.setObjectName(u"label_settlement_date")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_settlement_date)

        self.row_settlement_date = QHBoxLayout()
        self.row_settlement_date.setObjectName(u"row_settlement_date")
        self.field_settlement_date = QLineEdit(ProgrammeTab)
        self.field_settlement_date.setObjectName(u"field_settlement_date")

        self.row_settlement_date.addWidget(self.field_settlement_date)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.row_settlement_date)

        self.label_first_settlement_date = QLabel(ProgrammeTab)
        self.label_first_settlement_date.setObjectName(u"label_first_settlement_date")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_first_settlement_date)

        self.row_first_settlement_date = QHBoxLayout()
        self.row_first_settlement_date.setObjectName(u"row_first_settlement_date")
        self.field_first_settlement_date = QLineEdit(ProgrammeTab)
        self.field_first_settlement_date.setObjectName(u"field_first_settlement_date")

        self.row_first_settlement_date.addWidget(self.field_first_settlement_date)


        self.form.setLayout(7, QFormLayout.ItemRole.FieldRole, self.row_first_settlement_date)

        self.label_request_date = QLabel(ProgrammeTab)
        self.label_request_date.setObjectName(u"label_request_date")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.label_request_date)

        self.row_request_date = QHBoxLayout()
        self.row_request_date.setObjectName(u"row_request_date")
        self.field_request_date = QLineEdit(ProgrammeTab)
        self.field_request_date.setObjectName(u"field_request_date")

        self.row_request_date.addWidget(self.field_request_date)


        self.form.setLayout(8, QFormLayout.ItemRole.FieldRole, self.row_request_date)

        self.label_settled_by_agreement = QLabel(ProgrammeTab)
        self.label_settled_by_agreement.setObjectName(u"label_settled_by_agreement")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.label_settled_by_agreement)

        self.row_settled_by_agreement = QHBoxLayout()
        self.row_settled_by_agreement.setObjectName(u"row_settled_by_agreement")
        self.field_settled_by_agreement = QCheckBox(ProgrammeTab)
        self.field_settled_by_agreement.setObjectName(u"field_settled_by_agreement")

        self.row_settled_by_agreement.addWidget(self.field_settled_by_agreement)


        self.form.setLayout(9, QFormLayout.ItemRole.FieldRole, self.row_settled_by_agreement)

        self.label_children_under_18 = QLabel(ProgrammeTab)
        self.label_children_under_18.setObjectName(u"label_children_under_18")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.label_children_under_18)

        self.row_children_under_18 = QHBoxLayout()
        self.row_children_under_18.setObjectName(u"row_children_under_18")
        self.field_children_under_18 = QSpinBox(ProgrammeTab)
        self.field_children_under_18.setObjectName(u"field_children_under_18")
        self.field_children_under_18.setMaximum(30)

        self.row_children_under_18.addWidget(self.field_children_under_18)


        self.form.setLayout(10, QFormLayout.ItemRole.FieldRole, self.row_children_under_18)

        self.label_expecting_child = QLabel(ProgrammeTab)
        self.label_expecting_child.setObjectName(u"label_expecting_child")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.label_expecting_child)

        self.row_expecting_child = QHBoxLayout()
        self.row_expecting_child.setObjectName(u"row_expecting_child")
        self.field_expecting_child = QCheckBox(ProgrammeTab)
        self.field_expecting_child.setObjectName(u"field_expecting_child")

        self.row_expecting_child.addWidget(self.field_expecting_child)


        self.form.setLayout(11, QFormLayout.ItemRole.FieldRole, self.row_expecting_child)

        self.label_lives_with_parents = QLabel(ProgrammeTab)
        self.label_lives_with_parents.setObjectName(u"label_lives_with_parents")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.label_lives_with_parents)

        self.row_lives_with_parents = QHBoxLayout()
        self.row_lives_with_parents.setObjectName(u"row_lives_with_parents")
        self.field_lives_with_parents = QCheckBox(ProgrammeTab)
        self.field_lives_with_parents.setObjectName(u"field_lives_with_parents")

        self.row_lives_with_parents.addWidget(self.field_lives_with_parents)


        self.form.setLayout(12, QFormLayout.ItemRole.FieldRole, self.row_lives_with_parents)

        self.label_household_partner_id = QLabel(ProgrammeTab)
        self.label_household_partner_id.setObjectName(u"label_household_partner_id")

        self.form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.label_household_partner_id)

        self.row_household_partner_id = QHBoxLayout()
        self.row_household_partner_id.setObjectName(u"row_household_partner_id")
        self.field_household_partner_id = QSpinBox(ProgrammeTab)
        self.field_household_partner_id.setObjectName(u"field_household_partner_id")
        self.field_household_partner_id.setMaximum(2000000000)

        self.row_household_partner_id.addWidget(self.field_household_partner_id)


        self.form.setLayout(13, QFormLayout.ItemRole.FieldRole, self.row_household_partner_id)

        self.label_mapping_date = QLabel(ProgrammeTab)
        self.label_mapping_date.setObjectName(u"label_mapping_date")

        self.form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.label_mapping_date)

        self.row_mapping_date = QHBoxLayout()
        self.row_mapping_date.setObjectName(u"row_mapping_date")
        self.field_mapping_date = QLineEdit(ProgrammeTab)
        self.field_mapping_date.setObjectName(u"field_mapping_date")

        self.row_mapping_date.addWidget(self.field_mapping_date)


        self.form.setLayout(14, QFormLayout.ItemRole.FieldRole, self.row_mapping_date)

        self.label_decision_date = QLabel(ProgrammeTab)
        self.label_decision_date.setObjectName(u"label_decision_date")

        self.form.setWidget(15, QFormLayout.ItemRole.LabelRole, self.label_decision_date)

        self.row_decision_date = QHBoxLayout()
        self.row_decision_date.setObjectName(u"row_decision_date")
        self.field_decision_date = QLineEdit(ProgrammeTab)
        self.field_decision_date.setObjectName(u"field_decision_date")

        self.row_decision_date.addWidget(self.field_decision_date)


        self.form.setLayout(15, QFormLayout.ItemRole.FieldRole, self.row_decision_date)

        self.label_programme_start = QLabel(ProgrammeTab)
        self.label_programme_start.setObjectName(u"label_programme_start")

        self.form.setWidget(16, QFormLayout.ItemRole.LabelRole, self.label_programme_start)

        self.row_programme_start = QHBoxLayout()
        self.row_programme_start.setObjectName(u"row_programme_start")
        self.field_programme_start = QLineEdit(ProgrammeTab)
        self.field_programme_start.setObjectName(u"field_programme_start")

        self.row_programme_start.addWidget(self.field_programme_start)


        self.form.setLayout(16, QFormLayout.ItemRole.FieldRole, self.row_programme_start)

#if QT_CONFIG(shortcut)
        self.label_status.setBuddy(self.field_status)
        self.label_adviser_id.setBuddy(self.field_adviser_id)
        self.label_permit_type.setBuddy(self.field_permit_type)
        self.label_permit_date.setBuddy(self.field_permit_date)
        self.label_regime.setBuddy(self.field_regime)
        self.label_settlement_municipality.setBuddy(self.field_settlement_municipality)
        self.label_settlement_date.setBuddy(self.field_settlement_date)
        self.label_first_settlement_date.setBuddy(self.field_first_settlement_date)
        self.label_request_date.setBuddy(self.field_request_date)
        self.label_settled_by_agreement.setBuddy(self.field_settled_by_agreement)
        self.label_children_under_18.setBuddy(self.field_children_under_18)
        self.label_expecting_child.setBuddy(self.field_expecting_child)
        self.label_lives_with_parents.setBuddy(self.field_lives_with_parents)
        self.label_household_partner_id.setBuddy(self.field_household_partner_id)
        self.label_mapping_date.setBuddy(self.field_mapping_date)
        self.label_decision_date.setBuddy(self.field_decision_date)
        self.label_programme_start.setBuddy(self.field_programme_start)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProgrammeTab)

        QMetaObject.connectSlotsByName(ProgrammeTab)
    # setupUi

    def retranslateUi(self, ProgrammeTab):
        self.label_status.setText(QCoreApplication.translate("ProgrammeTab", u"Status", None))
        self.label_adviser_id.setText(QCoreApplication.translate("ProgrammeTab", u"Adviser", None))
        self.label_permit_type.setText(QCoreApplication.translate("ProgrammeTab", u"Permit type", None))
        self.label_permit_date.setText(QCoreApplication.translate("ProgrammeTab", u"Permit granted", None))
        self.field_permit_date.setPlaceholderText(QCoreApplication.translate("ProgrammeTab", u"dd.mm.yyyy", None))
        self.label_regime.setText(QCoreApplication.translate("ProgrammeTab", u"Regime", None))
        self.label_settlement_municipality.setText(QCoreApplication.translate("ProgrammeTab", u"Settlement municipality", None))
        self.label_settlement_date.setText(QCoreApplication.translate("ProgrammeTab", u"Settlement date", None))
        self.field_settlement_date.setPlaceholderText(QCoreApplication.translate("ProgrammeTab", u"dd.mm.yyyy", None))
        self.label_first_settlement_date.setText(QCoreApplication.translate("ProgrammeTab", u"First settled in Norway on", None))
        self.field_first_settlement_date.setPlaceholderText(QCoreApplication.translate("ProgrammeTab", u"dd.mm.yyyy", None))
#if QT_CONFIG(tooltip)
        self.field_first_settlement_date.setToolTip(QCoreApplication.translate("ProgrammeTab", u"The first settlement in any Norwegian municipality: the two years of integreringsloven \u00a7 8 count from it. Empty: the settlement date above.", None))
#endif // QT_CONFIG(tooltip)
        self.label_request_date.setText(QCoreApplication.translate("ProgrammeTab", u"Asked to take part on", None))
        self.field_request_date.setPlaceholderText(QCoreApplication.translate("ProgrammeTab", u"dd.mm.yyyy", None))
        self.label_settled_by_agreement.setText(QCoreApplication.translate("ProgrammeTab", u"Settled by agreement with IMDi", None))
        self.label_children_under_18.setText(QCoreApplication.translate("ProgrammeTab", u"Children under 18", None))
        self.label_expecting_child.setText(QCoreApplication.translate("ProgrammeTab", u"Expecting a child", None))
        self.label_lives_with_parents.setText(QCoreApplication.translate("ProgrammeTab", u"Lives with parents", None))
        self.label_household_partner_id.setText(QCoreApplication.translate("ProgrammeTab", u"Spouse or cohabitant (participant id)", None))
        self.field_household_partner_id.setSpecialValueText(QCoreApplication.translate("ProgrammeTab", u"none", None))
#if QT_CONFIG(tooltip)
        self.field_household_partner_id.setToolTip(QCoreApplication.translate("ProgrammeTab", u"The participant id of a spouse or cohabitant who also takes part: without children, each gets 5/6 of the rate (integreringsloven \u00a7 20).", None))
#endif // QT_CONFIG(tooltip)
        self.label_mapping_date.setText(QCoreApplication.translate("ProgrammeTab", u"Competence mapped on", None))
        self.field_mapping_date.setPlaceholderText(QCoreApplication.translate("ProgrammeTab", u"dd.mm.yyyy", None))
        self.label_decision_date.setText(QCoreApplication.translate("ProgrammeTab", u"Decision made on", None))
        self.field_decision_date.setPlaceholderText(QCoreApplication.translate("ProgrammeTab", u"dd.mm.yyyy", None))
        self.label_programme_start.setText(QCoreApplication.translate("ProgrammeTab", u"Programme started on", None))
        self.field_programme_start.setPlaceholderText(QCoreApplication.translate("ProgrammeTab", u"dd.mm.yyyy", None))
        pass
    # retranslateUi

