"""Personal data of the register: where a person is named, an extract, and disposal (gallring).

Contact people are personal data held by a public authority: the data
protection regulation gives them a right to an extract of everything held
about them, and the archives law decides what may be destroyed and when.
"""
