# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'participant_person.ui'
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
    QWidget)

class Ui_PersonTab(object):
    def setupUi(self, PersonTab):
        if not PersonTab.objectName():
            PersonTab.setObjectName(u"PersonTab")
        self.form = QFormLayout(PersonTab)
        self.form.setObjectName(u"form")
        self.label_given_name = QLabel(PersonTab)
        self.label_given_name.setObjectName(u"label_given_name")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_given_name)

        self.row_given_name = QHBoxLayout()
        self.row_given_name.setObjectName(u"row_given_name")
        self.field_given_name = QLineEdit(PersonTab)
        self.field_given_name.setObjectName(u"field_given_name")

        self.row_given_name.addWidget(self.field_given_name)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.row_given_name)

        self.label_family_name = QLabel(PersonTab)
        self.label_family_name.setObjectName(u"label_family_name")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_family_name)

        self.row_family_name = QHBoxLayout()
        self.row_family_name.setObjectName(u"row_family_name")
        self.field_family_name = QLineEdit(PersonTab)
        self.field_family_name.setObjectName(u"field_family_name")

        self.row_family_name.addWidget(self.field_family_name)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.row_family_name)

        self.label_preferred_name = QLabel(PersonTab)
        self.label_preferred_name.setObjectName(u"label_preferred_name")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_preferred_name)

        self.row_preferred_name = QHBoxLayout()
        self.row_preferred_name.setObjectName(u"row_preferred_name")
        self.field_preferred_name = QLineEdit(PersonTab)
        self.field_preferred_name.setObjectName(u"field_preferred_name")

        self.row_preferred_name.addWidget(self.field_preferred_name)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.row_preferred_name)

        self.label_national_id = QLabel(PersonTab)
        self.label_national_id.setObjectName(u"label_national_id")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_national_id)

        self.row_national_id = QHBoxLayout()
        self.row_national_id.setObjectName(u"row_national_id")
        self.field_national_id = QLineEdit(PersonTab)
        self.field_national_id.setObjectName(u"field_national_id")

        self.row_national_id.addWidget(self.field_national_id)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.row_national_id)

        self.label_birth_date = QLabel(PersonTab)
        self.label_birth_date.setObjectName(u"label_birth_date")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_birth_date)

        self.row_birth_date = QHBoxLayout()
        self.row_birth_date.setObjectName(u"row_birth_date")
        self.field_birth_date = QLineEdit(PersonTab)
        self.field_birth_date.setObjectName(u"field_birth_date")

        self.row_birth_date.addWidget(self.field_birth_date)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.row_birth_date)

        self.label_duf_number = QLabel(PersonTab)
        self.label_duf_number.setObjectName(u"label_duf_number")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_duf_number)

        self.row_duf_number = QHBoxLayout()
        self.row_duf_number.setObjectName(u"row_duf_number")
        self.field_duf_number = QLineEdit(PersonTab)
        self.field_duf_number.setObjectName(u"field_duf_number")

        self.row_duf_number.addWidget(self.field_duf_number)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.row_duf_number)

        self.label_sex = QLabel(PersonTab)
        self.label_sex.setObjectName(u"label_sex")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_sex)

        self.row_sex = QHBoxLayout()
        self.row_sex.setObjectName(u"row_sex")
        self.field_sex = QComboBox(PersonTab)
        self.field_sex.setObjectName(u"field_sex")

        self.row_sex.addWidget(self.field_sex)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.row_sex)

        self.label_country_of_birth = QLabel(PersonTab)
        self.label_country_of_birth.setObjectName(u"label_country_of_birth")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_country_of_birth)

        self.row_country_of_birth = QHBoxLayout()
        self.row_country_of_birth.setObjectName(u"row_country_of_birth")
        self.field_country_of_birth = QLineEdit(PersonTab)
        self.field_country_of_birth.setObjectName(u"field_country_of_birth")

        self.row_country_of_birth.addWidget(self.field_country_of_birth)


        self.form.setLayout(7, QFormLayout.ItemRole.FieldRole, self.row_country_of_birth)

        self.label_citizenship = QLabel(PersonTab)
        self.label_citizenship.setObjectName(u"label_citizenship")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.label_citizenship)

        self.row_citizenship = QHBoxLayout()
        self.row_citizenship.setObjectName(u"row_citizenship")
        self.field_citizenship = QLineEdit(PersonTab)
        self.field_citizenship.setObjectName(u"field_citizenship")

        self.row_citizenship.addWidget(self.field_citizenship)


        self.form.setLayout(8, QFormLayout.ItemRole.FieldRole, self.row_citizenship)

        self.label_mother_tongue = QLabel(PersonTab)
        self.label_mother_tongue.setObjectName(u"label_mother_tongue")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.label_mother_tongue)

        self.row_mother_tongue = QHBoxLayout()
        self.row_mother_tongue.setObjectName(u"row_mother_tongue")
        self.field_mother_tongue = QLineEdit(PersonTab)
        self.field_mother_tongue.setObjectName(u"field_mother_tongue")

        self.row_mother_tongue.addWidget(self.field_mother_tongue)


        self.form.setLayout(9, QFormLayout.ItemRole.FieldRole, self.row_mother_tongue)

        self.label_other_languages = QLabel(PersonTab)
        self.label_other_languages.setObjectName(u"label_other_languages")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.label_other_languages)

        self.row_other_languages = QHBoxLayout()
        self.row_other_languages.setObjectName(u"row_other_languages")
        self.field_other_languages = QLineEdit(PersonTab)
        self.field_other_languages.setObjectName(u"field_other_languages")

        self.row_other_languages.addWidget(self.field_other_languages)


        self.form.setLayout(10, QFormLayout.ItemRole.FieldRole, self.row_other_languages)

        self.label_interpreter_needed = QLabel(PersonTab)
        self.label_interpreter_needed.setObjectName(u"label_interpreter_needed")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.label_interpreter_needed)

        self.row_interpreter_needed = QHBoxLayout()
        self.row_interpreter_needed.setObjectName(u"row_interpreter_needed")
        self.field_interpreter_needed = QCheckBox(PersonTab)
        self.field_interpreter_needed.setObjectName(u"field_interpreter_needed")

        self.row_interpreter_needed.addWidget(self.field_interpreter_needed)


        self.form.setLayout(11, QFormLayout.ItemRole.FieldRole, self.row_interpreter_needed)

        self.label_interpreter_language = QLabel(PersonTab)
        self.label_interpreter_language.setObjectName(u"label_interpreter_language")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.label_interpreter_language)

        self.row_interpreter_language = QHBoxLayout()
        self.row_interpreter_language.setObjectName(u"row_interpreter_language")
        self.field_interpreter_language = QLineEdit(PersonTab)
        self.field_interpreter_language.setObjectName(u"field_interpreter_language")

        self.row_interpreter_language.addWidget(self.field_interpreter_language)


        self.form.setLayout(12, QFormLayout.ItemRole.FieldRole, self.row_interpreter_language)

        self.label_phone = QLabel(PersonTab)
        self.label_phone.setObjectName(u"label_phone")

        self.form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.label_phone)

        self.row_phone = QHBoxLayout()
        self.row_phone.setObjectName(u"row_phone")
        self.field_phone = QLineEdit(PersonTab)
        self.field_phone.setObjectName(u"field_phone")

        self.row_phone.addWidget(self.field_phone)


        self.form.setLayout(13, QFormLayout.ItemRole.FieldRole, self.row_phone)

        self.label_email = QLabel(PersonTab)
        self.label_email.setObjectName(u"label_email")

        self.form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.label_email)

        self.row_email = QHBoxLayout()
        self.row_email.setObjectName(u"row_email")
        self.field_email = QLineEdit(PersonTab)
        self.field_email.setObjectName(u"field_email")

        self.row_email.addWidget(self.field_email)


        self.form.setLayout(14, QFormLayout.ItemRole.FieldRole, self.row_email)

        self.label_address = QLabel(PersonTab)
        self.label_address.setObjectName(u"label_address")

        self.form.setWidget(15, QFormLayout.ItemRole.LabelRole, self.label_address)

        self.row_address = QHBoxLayout()
        self.row_address.setObjectName(u"row_address")
        self.field_address = QLineEdit(PersonTab)
        self.field_address.setObjectName(u"field_address")

        self.row_address.addWidget(self.field_address)


        self.form.setLayout(15, QFormLayout.ItemRole.FieldRole, self.row_address)

#if QT_CONFIG(shortcut)
        self.label_given_name.setBuddy(self.field_given_name)
        self.label_family_name.setBuddy(self.field_family_name)
        self.label_preferred_name.setBuddy(self.field_preferred_name)
        self.label_national_id.setBuddy(self.field_national_id)
        self.label_birth_date.setBuddy(self.field_birth_date)
        self.label_duf_number.setBuddy(self.field_duf_number)
        self.label_sex.setBuddy(self.field_sex)
        self.label_country_of_birth.setBuddy(self.field_country_of_birth)
        self.label_citizenship.setBuddy(self.field_citizenship)
        self.label_mother_tongue.setBuddy(self.field_mother_tongue)
        self.label_other_languages.setBuddy(self.field_other_languages)
        self.label_interpreter_needed.setBuddy(self.field_interpreter_needed)
        self.label_interpreter_language.setBuddy(self.field_interpreter_language)
        self.label_phone.setBuddy(self.field_phone)
        self.label_email.setBuddy(self.field_email)
        self.label_address.setBuddy(self.field_address)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PersonTab)

        QMetaObject.connectSlotsByName(PersonTab)
    # setupUi

    def retranslateUi(self, PersonTab):
        self.label_given_name.setText(QCoreApplication.translate("PersonTab", u"Given name *", None))
        self.label_family_name.setText(QCoreApplication.translate("PersonTab", u"Family name *", None))
        self.label_preferred_name.setText(QCoreApplication.translate("PersonTab", u"Preferred name", None))
        self.label_national_id.setText(QCoreApplication.translate("PersonTab", u"National ID (f\u00f8dselsnummer/D-number)", None))
        self.label_birth_date.setText(QCoreApplication.translate("PersonTab", u"Birth date", None))
        self.field_birth_date.setPlaceholderText(QCoreApplication.translate("PersonTab", u"dd.mm.yyyy", None))
        self.label_duf_number.setText(QCoreApplication.translate("PersonTab", u"DUF number", None))
        self.label_sex.setText(QCoreApplication.translate("PersonTab", u"Sex", None))
        self.label_country_of_birth.setText(QCoreApplication.translate("PersonTab", u"Country of birth", None))
        self.label_citizenship.setText(QCoreApplication.translate("PersonTab", u"Citizenship", None))
        self.label_mother_tongue.setText(QCoreApplication.translate("PersonTab", u"Mother tongue", None))
        self.label_other_languages.setText(QCoreApplication.translate("PersonTab", u"Other languages", None))
        self.label_interpreter_needed.setText(QCoreApplication.translate("PersonTab", u"Needs an interpreter", None))
        self.label_interpreter_language.setText(QCoreApplication.translate("PersonTab", u"Interpreter language", None))
        self.label_phone.setText(QCoreApplication.translate("PersonTab", u"Phone", None))
        self.label_email.setText(QCoreApplication.translate("PersonTab", u"E-mail", None))
        self.label_address.setText(QCoreApplication.translate("PersonTab", u"Address", None))
        pass
    # retranslateUi

