//! Judgement over free text, by structure rather than by stock phrases
//! alone, so that it holds on writing nobody here anticipated:
//!
//! - [`text`] reads a text into words, sentences and clauses, and marks
//!   whose voice each word is in: the writer's, a quotation, or speech
//!   reported from someone else;
//! - [`specific`] finds the observable facts of an outcome or a gap
//!   (events, measured quantities, someone's words, mechanisms) apart from
//!   judging words and scene-setting;
//! - [`emotion`] finds feeling in the writer's own voice, as words and
//!   as the shapes feeling takes (an exclamation, tears, the body);
//! - [`agency`] finds the writer acting or owning a decision;
//! - [`adjustment`] finds a concrete action and when or by what it can be
//!   tested;
//! - [`identity`] finds verdicts on the self, asserted in the writer's own
//!   voice.
//!
//! Each is measured against the labelled corpus in
//! `tests/fixtures/judgement/` (see `check::evaluation`).

pub mod adjustment;
pub mod agency;
pub mod emotion;
pub mod identity;
pub mod model;
pub mod specific;
pub mod text;

#[cfg(test)]
mod tests;
