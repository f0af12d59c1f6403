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
)
