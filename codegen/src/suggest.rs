//! "Did you mean ...?" for misspelt state names, fields and functions.

/// The candidate most similar to `input`, if it is similar enough to be a likely typo.
pub fn did_you_mean<'a>(
    input: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    // Same threshold as clap's suggestions: Jaro similarity above 0.7.
    let lowered = input.to_lowercase();
    candidates
        .into_iter()
        .map(|candidate| (strsim::jaro(&lowered, &candidate.to_lowercase()), candidate))
        .filter(|(score, candidate)| *score > 0.7 && *candidate != input)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, candidate)| candidate)
}

#[cfg(test)]
mod tests {
    use super::did_you_mean;

    #[test]
    fn suggests_the_closest_name() {
        let names = ["ProcessOrder", "ChargeCard", "SendReceipt"];
        assert_eq!(did_you_mean("ProcesOrder", names), Some("ProcessOrder"));
        assert_eq!(did_you_mean("chargecard", names), Some("ChargeCard"));
        assert_eq!(did_you_mean("Zzz", names), None);
    }
}
