//! TEMPORARY stub of the lead's catalogue, to compile against the contract.
#![allow(missing_docs)]
use std::collections::HashMap;

use crate::error::{Error, Result};
use crate::indicator::Indicator;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalogue {
    indicators: Vec<Indicator>,
    by_id: HashMap<String, usize>,
}

impl Catalogue {
    pub fn new(indicators: Vec<Indicator>) -> Result<Catalogue> {
        let mut by_id = HashMap::new();
        for (i, indicator) in indicators.iter().enumerate() {
            if by_id.insert(indicator.id().to_string(), i).is_some() {
                return Err(Error::InvalidReport { path: format!("indicators[{i}].id"), message: "repeated".into() });
            }
        }
        Ok(Catalogue { indicators, by_id })
    }
    pub fn get(&self, id: &str) -> Option<&Indicator> {
        self.by_id.get(id).map(|&i| &self.indicators[i])
    }
    pub fn indicators(&self) -> &[Indicator] {
        &self.indicators
    }
}
