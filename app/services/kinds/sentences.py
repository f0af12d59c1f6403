"""Whole sentences that name a record kind, declared once per kind.

Swedish nouns have gender and a definite form ("avtalet", "resan") and the pronoun
follows the gender ("tar tillbaka det", "tar tillbaka den"), so a kind's name is never
put into a sentence: each kind declares its own sentences here, in English, and its
:class:`KindSpec` must be given them. ``%1`` is the record's label where there is one.
"""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP
from app.services.kinds.spec import KindSentences

TOWN = KindSentences(
    not_found=QT_TRANSLATE_NOOP(
        "Kind", "The twin town no longer exists; someone may have deleted it."
    ),
    deleted_elsewhere=QT_TRANSLATE_NOOP(
        "Kind", "The twin town was deleted by someone else after you opened it."
    ),
    changed_elsewhere=QT_TRANSLATE_NOOP(
        "Kind",
        "The twin town was changed by someone else after you opened it. Reload it to see their changes.",
    ),
    duplicate=QT_TRANSLATE_NOOP("Kind", "A twin town with these values already exists."),
    delete_question=QT_TRANSLATE_NOOP("Kind", "Delete the twin town “%1”?"),
    deleted=QT_TRANSLATE_NOOP(
        "Kind", "The twin town “%1” has been deleted. Ctrl+Z brings it back."
    ),
    in_register_with=QT_TRANSLATE_NOOP(
        "Kind", "This twin town is already in the register with %1 %2, not %3."
    ),
    same_in_row=QT_TRANSLATE_NOOP("Kind", "The same twin town is in row %1 with %2 %3, not %4."),
    duplicate_in_row=QT_TRANSLATE_NOOP(
        "Kind", "A duplicate: the same twin town is already in row %1."
    ),
)

TWINNING = KindSentences(
    not_found=QT_TRANSLATE_NOOP(
        "Kind", "The twinning no longer exists; someone may have deleted it."
    ),
    deleted_elsewhere=QT_TRANSLATE_NOOP(
        "Kind", "The twinning was deleted by someone else after you opened it."
    ),
    changed_elsewhere=QT_TRANSLATE_NOOP(
        "Kind",
        "The twinning was changed by someone else after you opened it. Reload it to see their changes.",
    ),
    duplicate=QT_TRANSLATE_NOOP("Kind", "A twinning with these values already exists."),
    delete_question=QT_TRANSLATE_NOOP("Kind", "Delete the twinning “%1”?"),
    deleted=QT_TRANSLATE_NOOP("Kind", "The twinning “%1” has been deleted. Ctrl+Z brings it back."),
    in_register_with=QT_TRANSLATE_NOOP(
        "Kind", "This twinning is already in the register with %1 %2, not %3."
    ),
    same_in_row=QT_TRANSLATE_NOOP("Kind", "The same twinning is in row %1 with %2 %3, not %4."),
    duplicate_in_row=QT_TRANSLATE_NOOP(
        "Kind", "A duplicate: the same twinning is already in row %1."
    ),
)

NETWORK = KindSentences(
    not_found=QT_TRANSLATE_NOOP(
        "Kind", "The network no longer exists; someone may have deleted it."
    ),
    deleted_elsewhere=QT_TRANSLATE_NOOP(
        "Kind", "The network was deleted by someone else after you opened it."
    ),
    changed_elsewhere=QT_TRANSLATE_NOOP(
        "Kind",
        "The network was changed by someone else after you opened it. Reload it to see their changes.",
    ),
    duplicate=QT_TRANSLATE_NOOP("Kind", "A network with these values already exists."),
    delete_question=QT_TRANSLATE_NOOP("Kind", "Delete the network “%1”?"),
    deleted=QT_TRANSLATE_NOOP("Kind", "The network “%1” has been deleted. Ctrl+Z brings it back."),
    in_register_with=QT_TRANSLATE_NOOP(
        "Kind", "This network is already in the register with %1 %2, not %3."
    ),
    same_in_row=QT_TRANSLATE_NOOP("Kind", "The same network is in row %1 with %2 %3, not %4."),
    duplicate_in_row=QT_TRANSLATE_NOOP(
        "Kind", "A duplicate: the same network is already in row %1."
    ),
)

NETWORK_MEMBER = KindSentences(
    not_found=QT_TRANSLATE_NOOP(
        "Kind", "The network member no longer exists; someone may have deleted it."
    ),
    deleted_elsewhere=QT_TRANSLATE_NOOP(
        "Kind", "The network member was deleted by someone else after you opened it."
    ),
    changed_elsewhere=QT_TRANSLATE_NOOP(
        "Kind",
        "The network member was changed by someone else after you opened it. Reload it to see their changes.",
    ),
    duplicate=QT_TRANSLATE_NOOP("Kind", "A network member with these values already exists."),
    delete_question=QT_TRANSLATE_NOOP("Kind", "Delete the network member “%1”?"),
    deleted=QT_TRANSLATE_NOOP(
        "Kind", "The network member “%1” has been deleted. Ctrl+Z brings it back."
    ),
    in_register_with=QT_TRANSLATE_NOOP(
        "Kind", "This network member is already in the register with %1 %2, not %3."
    ),
    same_in_row=QT_TRANSLATE_NOOP(
        "Kind", "The same network member is in row %1 with %2 %3, not %4."
    ),
    duplicate_in_row=QT_TRANSLATE_NOOP(
        "Kind", "A duplicate: the same network member is already in row %1."
    ),
)

MEETING = KindSentences(
    not_found=QT_TRANSLATE_NOOP(
        "Kind", "The network meeting no longer exists; someone may have deleted it."
    ),
    deleted_elsewhere=QT_TRANSLATE_NOOP(
        "Kind", "The network meeting was deleted by someone else after you opened it."
    ),
    changed_elsewhere=QT_TRANSLATE_NOOP(
        "Kind",
        "The network meeting was changed by someone else after you opened it. Reload it to see their changes.",
    ),
    duplicate=QT_TRANSLATE_NOOP("Kind", "A network meeting with these values already exists."),
    delete_question=QT_TRANSLATE_NOOP("Kind", "Delete the network meeting “%1”?"),
    deleted=QT_TRANSLATE_NOOP(
        "Kind", "The network meeting “%1” has been deleted. Ctrl+Z brings it back."
    ),
    in_register_with=QT_TRANSLATE_NOOP(
        "Kind", "This network meeting is already in the register with %1 %2, not %3."
    ),
    same_in_row=QT_TRANSLATE_NOOP(
        "Kind", "The same network meeting is in row %1 with %2 %3, not %4."
    ),
    duplicate_in_row=QT_TRANSLATE_NOOP(
        "Kind", "A duplicate: the same network meeting is already in row %1."
    ),
)

ORGANISATION = KindSentences(
    not_found=QT_TRANSLATE_NOOP(
        "Kind", "The organisation no longer exists; someone may have deleted it."
    ),
    deleted_elsewhere=QT_TRANSLATE_NOOP(
        "Kind", "The organisation was deleted by someone else after you opened it."
    ),
    changed_elsewhere=QT_TRANSLATE_NOOP(
        "Kind",
        "The organisation was changed by someone else after you opened it. Reload it to see their changes.",
    ),
    duplicate=QT_TRANSLATE_NOOP("Kind", "An organisation with these values already exists."),
    delete_question=QT_TRANSLATE_NOOP("Kind", "Delete the organisation “%1”?"),
    deleted=QT_TRANSLATE_NOOP(
        "Kind", "The organisation “%1” has been deleted. Ctrl+Z brings it back."
    ),
    in_register_with=QT_TRANSLATE_NOOP(
        "Kind", "This organisation is already in the register with %1 %2, not %3."
    ),
    same_in_row=QT_TRANSLATE_NOOP("Kind", "The same organisation is in row %1 with %2 %3, not %4."),
    duplicate_in_row=QT_TRANSLATE_NOOP(
        "Kind", "A duplicate: the same organisation is already in row %1."
    ),
)

MEMBER_COUNT = KindSentences(
    not_found=QT_TRANSLATE_NOOP(
        "Kind", "The member count no longer exists; someone may have deleted it."
    ),
    deleted_elsewhere=QT_TRANSLATE_NOOP(
        "Kind", "The member count was deleted by someone else after you opened it."
    ),
    changed_elsewhere=QT_TRANSLATE_NOOP(
        "Kind",
        "The member count was changed by someone else after you opened it. Reload it to see their changes.",
    ),
    duplicate=QT_TRANSLATE_NOOP("Kind", "A member count with these values already exists."),
    delete_question=QT_TRANSLATE_NOOP("Kind", "Delete the member count “%1”?"),
    deleted=QT_TRANSLATE_NOOP(
        "Kind", "The member count “%1” has been deleted. Ctrl+Z brings it back."
    ),
    in_register_with=QT_TRANSLATE_NOOP(
        "Kind", "This member count is already in the register with %1 %2, not %3."
    ),
    same_in_row=QT_TRANSLATE_NOOP("Kind", "The same member count is in row %1 with %2 %3, not %4."),
    duplicate_in_row=QT_TRANSLATE_NOOP(
        "Kind", "A duplicate: the same member count is already in row %1."
    ),
)

PERSON = KindSentences(
    not_found=QT_TRANSLATE_NOOP(
        "Kind", "The person no longer exists; someone may have deleted it."
    ),
    deleted_elsewhere=QT_TRANSLATE_NOOP(
        "Kind", "The person was deleted by someone else after you opened it."
    ),
    changed_elsewhere=QT_TRANSLATE_NOOP(
        "Kind",
        "The person was changed by someone else after you opened it. Reload it to see their changes.",
    ),
    duplicate=QT_TRANSLATE_NOOP("Kind", "A person with these values already exists."),
    delete_question=QT_TRANSLATE_NOOP("Kind", "Delete the person “%1”?"),
    deleted=QT_TRANSLATE_NOOP("Kind", "The person “%1” has been deleted. Ctrl+Z brings it back."),
    in_register_with=QT_TRANSLATE_NOOP(
        "Kind", "This person is already in the register with %1 %2, not %3."
    ),
    same_in_row=QT_TRANSLATE_NOOP("Kind", "The same person is in row %1 with %2 %3, not %4."),
    duplicate_in_row=QT_TRANSLATE_NOOP(
        "Kind", "A duplicate: the same person is already in row %1."
    ),
)

AGREEMENT = KindSentences(
    not_found=QT_TRANSLATE_NOOP(
        "Kind", "The agreement no longer exists; someone may have deleted it."
    ),
    deleted_elsewhere=QT_TRANSLATE_NOOP(
        "Kind", "The agreement was deleted by someone else after you opened it."
    ),
    changed_elsewhere=QT_TRANSLATE_NOOP(
        "Kind",
        "The agreement was changed by someone else after you opened it. Reload it to see their changes.",
    ),
    duplicate=QT_TRANSLATE_NOOP("Kind", "An agreement with these values already exists."),
    delete_question=QT_TRANSLATE_NOOP("Kind", "Delete the agreement “%1”?"),
    deleted=QT_TRANSLATE_NOOP(
        "Kind", "The agreement “%1” has been deleted. Ctrl+Z brings it back."
    ),
    in_register_with=QT_TRANSLATE_NOOP(
        "Kind", "This agreement is already in the register with %1 %2, not %3."
    ),
    same_in_row=QT_TRANSLATE_NOOP("Kind", "The same agreement is in row %1 with %2 %3, not %4."),
    duplicate_in_row=QT_TRANSLATE_NOOP(
        "Kind", "A duplicate: the same agreement is already in row %1."
    ),
)

AGREEMENT_ACTION = KindSentences(
    not_found=QT_TRANSLATE_NOOP(
        "Kind", "The action plan item no longer exists; someone may have deleted it."
    ),
    deleted_elsewhere=QT_TRANSLATE_NOOP(
        "Kind", "The action plan item was deleted by someone else after you opened it."
    ),
    changed_elsewhere=QT_TRANSLATE_NOOP(
        "Kind",
        "The action plan item was changed by someone else after you opened it. Reload it to see their changes.",
    ),
    duplicate=QT_TRANSLATE_NOOP("Kind", "An action plan item with these values already exists."),
    delete_question=QT_TRANSLATE_NOOP("Kind", "Delete the action plan item “%1”?"),
    deleted=QT_TRANSLATE_NOOP(
        "Kind", "The action plan item “%1” has been deleted. Ctrl+Z brings it back."
    ),
    in_register_with=QT_TRANSLATE_NOOP(
        "Kind", "This action plan item is already in the register with %1 %2, not %3."
    ),
    same_in_row=QT_TRANSLATE_NOOP(
        "Kind", "The same action plan item is in row %1 with %2 %3, not %4."
    ),
    duplicate_in_row=QT_TRANSLATE_NOOP(
        "Kind", "A duplicate: the same action plan item is already in row %1."
    ),
)

DECISION = KindSentences(
    not_found=QT_TRANSLATE_NOOP(
        "Kind", "The decision no longer exists; someone may have deleted it."
    ),
    deleted_elsewhere=QT_TRANSLATE_NOOP(
        "Kind", "The decision was deleted by someone else after you opened it."
    ),
    changed_elsewhere=QT_TRANSLATE_NOOP(
        "Kind",
        "The decision was changed by someone else after you opened it. Reload it to see their changes.",
    ),
    duplicate=QT_TRANSLATE_NOOP("Kind", "A decision with these values already exists."),
    delete_question=QT_TRANSLATE_NOOP("Kind", "Delete the decision “%1”?"),
    deleted=QT_TRANSLATE_NOOP("Kind", "The decision “%1” has been deleted. Ctrl+Z brings it back."),
    in_register_with=QT_TRANSLATE_NOOP(
        "Kind", "This decision is already in the register with %1 %2, not %3."
    ),
    same_in_row=QT_TRANSLATE_NOOP("Kind", "The same decision is in row %1 with %2 %3, not %4."),
    duplicate_in_row=QT_TRANSLATE_NOOP(
        "Kind", "A duplicate: the same decision is already in row %1."
    ),
)

TRIP = KindSentences(
    not_found=QT_TRANSLATE_NOOP("Kind", "The trip no longer exists; someone may have deleted it."),
    deleted_elsewhere=QT_TRANSLATE_NOOP(
        "Kind", "The trip was deleted by someone else after you opened it."
    ),
    changed_elsewhere=QT_TRANSLATE_NOOP(
        "Kind",
        "The trip was changed by someone else after you opened it. Reload it to see their changes.",
    ),
    duplicate=QT_TRANSLATE_NOOP("Kind", "A trip with these values already exists."),
    delete_question=QT_TRANSLATE_NOOP("Kind", "Delete the trip “%1”?"),
    deleted=QT_TRANSLATE_NOOP("Kind", "The trip “%1” has been deleted. Ctrl+Z brings it back."),
    in_register_with=QT_TRANSLATE_NOOP(
        "Kind", "This trip is already in the register with %1 %2, not %3."
    ),
    same_in_row=QT_TRANSLATE_NOOP("Kind", "The same trip is in row %1 with %2 %3, not %4."),
    duplicate_in_row=QT_TRANSLATE_NOOP("Kind", "A duplicate: the same trip is already in row %1."),
)

ACTIVITY = KindSentences(
    not_found=QT_TRANSLATE_NOOP(
        "Kind", "The activity no longer exists; someone may have deleted it."
    ),
    deleted_elsewhere=QT_TRANSLATE_NOOP(
        "Kind", "The activity was deleted by someone else after you opened it."
    ),
    changed_elsewhere=QT_TRANSLATE_NOOP(
        "Kind",
        "The activity was changed by someone else after you opened it. Reload it to see their changes.",
    ),
    duplicate=QT_TRANSLATE_NOOP("Kind", "An activity with these values already exists."),
    delete_question=QT_TRANSLATE_NOOP("Kind", "Delete the activity “%1”?"),
    deleted=QT_TRANSLATE_NOOP("Kind", "The activity “%1” has been deleted. Ctrl+Z brings it back."),
    in_register_with=QT_TRANSLATE_NOOP(
        "Kind", "This activity is already in the register with %1 %2, not %3."
    ),
    same_in_row=QT_TRANSLATE_NOOP("Kind", "The same activity is in row %1 with %2 %3, not %4."),
    duplicate_in_row=QT_TRANSLATE_NOOP(
        "Kind", "A duplicate: the same activity is already in row %1."
    ),
)

GRANT = KindSentences(
    not_found=QT_TRANSLATE_NOOP("Kind", "The grant no longer exists; someone may have deleted it."),
    deleted_elsewhere=QT_TRANSLATE_NOOP(
        "Kind", "The grant was deleted by someone else after you opened it."
    ),
    changed_elsewhere=QT_TRANSLATE_NOOP(
        "Kind",
        "The grant was changed by someone else after you opened it. Reload it to see their changes.",
    ),
    duplicate=QT_TRANSLATE_NOOP("Kind", "A grant with these values already exists."),
    delete_question=QT_TRANSLATE_NOOP("Kind", "Delete the grant “%1”?"),
    deleted=QT_TRANSLATE_NOOP("Kind", "The grant “%1” has been deleted. Ctrl+Z brings it back."),
    in_register_with=QT_TRANSLATE_NOOP(
        "Kind", "This grant is already in the register with %1 %2, not %3."
    ),
    same_in_row=QT_TRANSLATE_NOOP("Kind", "The same grant is in row %1 with %2 %3, not %4."),
    duplicate_in_row=QT_TRANSLATE_NOOP("Kind", "A duplicate: the same grant is already in row %1."),
)

EXCHANGE_RATE = KindSentences(
    not_found=QT_TRANSLATE_NOOP(
        "Kind", "The exchange rate no longer exists; someone may have deleted it."
    ),
    deleted_elsewhere=QT_TRANSLATE_NOOP(
        "Kind", "The exchange rate was deleted by someone else after you opened it."
    ),
    changed_elsewhere=QT_TRANSLATE_NOOP(
        "Kind",
        "The exchange rate was changed by someone else after you opened it. Reload it to see their changes.",
    ),
    duplicate=QT_TRANSLATE_NOOP("Kind", "An exchange rate with these values already exists."),
    delete_question=QT_TRANSLATE_NOOP("Kind", "Delete the exchange rate “%1”?"),
    deleted=QT_TRANSLATE_NOOP(
        "Kind", "The exchange rate “%1” has been deleted. Ctrl+Z brings it back."
    ),
    in_register_with=QT_TRANSLATE_NOOP(
        "Kind", "This exchange rate is already in the register with %1 %2, not %3."
    ),
    same_in_row=QT_TRANSLATE_NOOP(
        "Kind", "The same exchange rate is in row %1 with %2 %3, not %4."
    ),
    duplicate_in_row=QT_TRANSLATE_NOOP(
        "Kind", "A duplicate: the same exchange rate is already in row %1."
    ),
)

POLICY = KindSentences(
    not_found=QT_TRANSLATE_NOOP(
        "Kind", "The governing document no longer exists; someone may have deleted it."
    ),
    deleted_elsewhere=QT_TRANSLATE_NOOP(
        "Kind", "The governing document was deleted by someone else after you opened it."
    ),
    changed_elsewhere=QT_TRANSLATE_NOOP(
        "Kind",
        "The governing document was changed by someone else after you opened it. Reload it to see their changes.",
    ),
    duplicate=QT_TRANSLATE_NOOP("Kind", "A governing document with these values already exists."),
    delete_question=QT_TRANSLATE_NOOP("Kind", "Delete the governing document “%1”?"),
    deleted=QT_TRANSLATE_NOOP(
        "Kind", "The governing document “%1” has been deleted. Ctrl+Z brings it back."
    ),
    in_register_with=QT_TRANSLATE_NOOP(
        "Kind", "This governing document is already in the register with %1 %2, not %3."
    ),
    same_in_row=QT_TRANSLATE_NOOP(
        "Kind", "The same governing document is in row %1 with %2 %3, not %4."
    ),
    duplicate_in_row=QT_TRANSLATE_NOOP(
        "Kind", "A duplicate: the same governing document is already in row %1."
    ),
)

POLICY_REVISION = KindSentences(
    not_found=QT_TRANSLATE_NOOP(
        "Kind", "The revision no longer exists; someone may have deleted it."
    ),
    deleted_elsewhere=QT_TRANSLATE_NOOP(
        "Kind", "The revision was deleted by someone else after you opened it."
    ),
    changed_elsewhere=QT_TRANSLATE_NOOP(
        "Kind",
        "The revision was changed by someone else after you opened it. Reload it to see their changes.",
    ),
    duplicate=QT_TRANSLATE_NOOP("Kind", "A revision with these values already exists."),
    delete_question=QT_TRANSLATE_NOOP("Kind", "Delete the revision “%1”?"),
    deleted=QT_TRANSLATE_NOOP("Kind", "The revision “%1” has been deleted. Ctrl+Z brings it back."),
    in_register_with=QT_TRANSLATE_NOOP(
        "Kind", "This revision is already in the register with %1 %2, not %3."
    ),
    same_in_row=QT_TRANSLATE_NOOP("Kind", "The same revision is in row %1 with %2 %3, not %4."),
    duplicate_in_row=QT_TRANSLATE_NOOP(
        "Kind", "A duplicate: the same revision is already in row %1."
    ),
)

TERM = KindSentences(
    not_found=QT_TRANSLATE_NOOP(
        "Kind", "The term of office no longer exists; someone may have deleted it."
    ),
    deleted_elsewhere=QT_TRANSLATE_NOOP(
        "Kind", "The term of office was deleted by someone else after you opened it."
    ),
    changed_elsewhere=QT_TRANSLATE_NOOP(
        "Kind",
        "The term of office was changed by someone else after you opened it. Reload it to see their changes.",
    ),
    duplicate=QT_TRANSLATE_NOOP("Kind", "A term of office with these values already exists."),
    delete_question=QT_TRANSLATE_NOOP("Kind", "Delete the term of office “%1”?"),
    deleted=QT_TRANSLATE_NOOP(
        "Kind", "The term of office “%1” has been deleted. Ctrl+Z brings it back."
    ),
    in_register_with=QT_TRANSLATE_NOOP(
        "Kind", "This term of office is already in the register with %1 %2, not %3."
    ),
    same_in_row=QT_TRANSLATE_NOOP(
        "Kind", "The same term of office is in row %1 with %2 %3, not %4."
    ),
    duplicate_in_row=QT_TRANSLATE_NOOP(
        "Kind", "A duplicate: the same term of office is already in row %1."
    ),
)

EVALUATION = KindSentences(
    not_found=QT_TRANSLATE_NOOP(
        "Kind", "The evaluation no longer exists; someone may have deleted it."
    ),
    deleted_elsewhere=QT_TRANSLATE_NOOP(
        "Kind", "The evaluation was deleted by someone else after you opened it."
    ),
    changed_elsewhere=QT_TRANSLATE_NOOP(
        "Kind",
        "The evaluation was changed by someone else after you opened it. Reload it to see their changes.",
    ),
    duplicate=QT_TRANSLATE_NOOP("Kind", "An evaluation with these values already exists."),
    delete_question=QT_TRANSLATE_NOOP("Kind", "Delete the evaluation “%1”?"),
    deleted=QT_TRANSLATE_NOOP(
        "Kind", "The evaluation “%1” has been deleted. Ctrl+Z brings it back."
    ),
    in_register_with=QT_TRANSLATE_NOOP(
        "Kind", "This evaluation is already in the register with %1 %2, not %3."
    ),
    same_in_row=QT_TRANSLATE_NOOP("Kind", "The same evaluation is in row %1 with %2 %3, not %4."),
    duplicate_in_row=QT_TRANSLATE_NOOP(
        "Kind", "A duplicate: the same evaluation is already in row %1."
    ),
)

REFERENCE_FACT = KindSentences(
    not_found=QT_TRANSLATE_NOOP(
        "Kind", "The reference fact no longer exists; someone may have deleted it."
    ),
    deleted_elsewhere=QT_TRANSLATE_NOOP(
        "Kind", "The reference fact was deleted by someone else after you opened it."
    ),
    changed_elsewhere=QT_TRANSLATE_NOOP(
        "Kind",
        "The reference fact was changed by someone else after you opened it. Reload it to see their changes.",
    ),
    duplicate=QT_TRANSLATE_NOOP("Kind", "A reference fact with these values already exists."),
    delete_question=QT_TRANSLATE_NOOP("Kind", "Delete the reference fact “%1”?"),
    deleted=QT_TRANSLATE_NOOP(
        "Kind", "The reference fact “%1” has been deleted. Ctrl+Z brings it back."
    ),
    in_register_with=QT_TRANSLATE_NOOP(
        "Kind", "This reference fact is already in the register with %1 %2, not %3."
    ),
    same_in_row=QT_TRANSLATE_NOOP(
        "Kind", "The same reference fact is in row %1 with %2 %3, not %4."
    ),
    duplicate_in_row=QT_TRANSLATE_NOOP(
        "Kind", "A duplicate: the same reference fact is already in row %1."
    ),
)
