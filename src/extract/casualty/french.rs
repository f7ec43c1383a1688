//! The closed-class words of French that the casualty grammar reads besides the English ones,
//! where an article's rules are French (`rules/fr.yaml`). Each list extends the English list of
//! the same name in the parent module.

/// Words between the victims and the outcome: auxiliaries and adverbs ("ont été", "sont",
/// "auraient été", "ont tous été").
pub(super) const FILLERS: &[&str] = &[
    "ont",
    "a",
    "avait",
    "avaient",
    "auraient",
    "aurait",
    "été",
    "sont",
    "est",
    "étaient",
    "était",
    "seraient",
    "serait",
    "sera",
    "seront",
    "également",
    "aussi",
    "tous",
    "toutes",
    "déjà",
    "finalement",
    "probablement",
    "vraisemblablement",
    "depuis",
];

/// Words that end a victims phrase.
pub(super) const NP_STOPS: &[&str] = &[
    "et", "ou", "mais", "dans", "à", "au", "aux", "en", "sur", "près", "lors", "pendant", "dont",
    "qui", "que", "qu'", "ont", "a", "sont", "est", "été", "selon", "par", "avec", "pour", "après",
    "avant", "depuis", "le", "la", "les", "l'", "du", "un", "une", "ce", "cette", "ces", "leur",
    "leurs", "son", "sa", "ses", "parmi", "contre", "entre", "vers", "chez",
];

/// Forms of "être" among the fillers: after one, an outcome participle is passive ("ont été
/// tués"). The active "ont tué" has no form of it.
pub(super) const BE: &[&str] = &[
    "été", "sont", "est", "étaient", "était", "seraient", "serait", "sera", "seront",
];

/// Words that open the object of an active verb ("a tué un gendarme", "ont blessé le chef").
pub(super) const OBJECTS: &[&str] = &[
    "un", "une", "le", "la", "les", "l'", "son", "sa", "ses", "leur", "leurs", "ce", "cette", "ces",
];

/// Words after an outcome verb that open no object ("tués dans", "blessés lors de", "tués
/// dimanche").
pub(super) const FOLLOW: &[&str] = &[
    "dans", "à", "au", "aux", "en", "lors", "pendant", "après", "avant", "près", "par", "sur",
    "depuis", "et", "ou", "mais", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
    "dimanche", "hier", "selon",
];

/// Words opening an aside that names part of the victims, between a count and its outcome
/// ("9 passagers, dont 3 enfants, ont été blessés").
pub(super) const ASIDES: &[&str] = &["dont", "parmi"];
