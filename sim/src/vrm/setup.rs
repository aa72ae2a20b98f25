//! A closed-loop set-up from `key = value` text and `--set` overrides: build parameters, rail
//! parameters and register values by PMBus name, validated so an inconsistent rail is a clear
//! error instead of a strange simulation.

use super::config::{VrmBuild, VrmConfigError};
use super::linear::linear11_from_value;
use super::plant::RailParams;
use super::regs::{by_name, Format, RegFile};

/// Everything a closed-loop run needs besides the scenario.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct VrmSetup {
    /// Controller build.
    pub build: VrmBuild,
    /// Rail overrides, applied to the reference rail for `build.phases`.
    pub rail: RailOverrides,
    /// Register writes issued at time 0 (command code, data word), in order.
    pub writes: Vec<(u8, u16)>,
    /// `phases` was set explicitly (a board's synthesis otherwise takes its own phase count).
    pub phases_given: bool,
}

/// Rail parameters that differ from the reference (SI units).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RailOverrides {
    /// Input voltage, V.
    pub vin: Option<f64>,
    /// Per-phase inductance, H.
    pub l: Option<f64>,
    /// Per-phase DCR, Ω.
    pub dcr: Option<f64>,
    /// Output capacitance, F.
    pub c_out: Option<f64>,
    /// ESR, Ω.
    pub esr: Option<f64>,
    /// Mismatch fraction (overrides the scenario's).
    pub mismatch: Option<f64>,
}

/// Build, rail and a few register keys users reach for; every PMBus register name also works.
pub const KEYS: &str = "phases, period, ctrl_div, vin, l_nh, dcr_mohm, c_mf, esr_mohm, mismatch, \
                        or a register name (VOUT_COMMAND=0.9, VOUT_DROOP=0.05, MFR_KP=3000, ...)";

fn number(key: &str, value: &str) -> Result<f64, VrmConfigError> {
    let v: f64 = value
        .trim()
        .parse()
        .map_err(|_| VrmConfigError(format!("{key}: '{value}' is not a number")))?;
    if !v.is_finite() {
        return Err(VrmConfigError(format!("{key}: '{value}' is not finite")));
    }
    Ok(v)
}

fn integer(key: &str, value: &str) -> Result<u32, VrmConfigError> {
    value
        .trim()
        .parse()
        .map_err(|_| VrmConfigError(format!("{key}: '{value}' is not a non-negative integer")))
}

impl VrmSetup {
    /// Checks that the set-up holds only build parameters (phases, period, ctrl_div): what a
    /// bitstream fixes. Rail parameters belong to the simulated plant and registers are written
    /// over PMBus at run time, so `job` (e.g. "synthesis") refuses them by name.
    pub fn build_only(&self, job: &str) -> Result<(), VrmConfigError> {
        let r = &self.rail;
        let rail_set = [r.vin, r.l, r.dcr, r.c_out, r.esr, r.mismatch]
            .iter()
            .any(Option::is_some);
        if rail_set {
            return Err(VrmConfigError(format!(
                "{job} takes only phases, period and ctrl_div; rail parameters (vin, l_nh, \
                 dcr_mohm, c_mf, esr_mohm, mismatch) describe the simulated plant"
            )));
        }
        if let Some((code, _)) = self.writes.first() {
            let name = by_name_code(*code);
            return Err(VrmConfigError(format!(
                "{job} takes only phases, period and ctrl_div; {name} is a register, written \
                 over PMBus at run time (its reset value is docs/vrm.md §11's)"
            )));
        }
        Ok(())
    }

    /// Applies one `key=value` setting.
    pub fn set(&mut self, setting: &str) -> Result<(), VrmConfigError> {
        let (key, value) = setting
            .split_once('=')
            .ok_or_else(|| VrmConfigError(format!("'{setting}' is not key=value")))?;
        let (key, value) = (key.trim(), value.trim());
        let positive = |v: f64| {
            if v > 0.0 {
                Ok(v)
            } else {
                Err(VrmConfigError(format!("{key} must be positive, got {v}")))
            }
        };
        match key.to_ascii_lowercase().as_str() {
            "phases" => {
                self.build.phases = integer(key, value)? as usize;
                self.phases_given = true;
            }
            "period" => self.build.period = integer(key, value)?,
            "ctrl_div" => self.build.ctrl_div = integer(key, value)?,
            "vin" => self.rail.vin = Some(positive(number(key, value)?)?),
            "l_nh" => self.rail.l = Some(positive(number(key, value)?)? * 1e-9),
            "dcr_mohm" => self.rail.dcr = Some(number(key, value)? * 1e-3),
            "c_mf" => self.rail.c_out = Some(positive(number(key, value)?)? * 1e-3),
            "esr_mohm" => self.rail.esr = Some(number(key, value)? * 1e-3),
            "mismatch" => {
                let m = number(key, value)?;
                if !(0.0..0.5).contains(&m) {
                    return Err(VrmConfigError(format!("mismatch {m} outside 0 .. 0.5")));
                }
                self.rail.mismatch = Some(m);
            }
            _ => {
                let def = by_name(key)
                    .ok_or_else(|| VrmConfigError(format!("unknown key '{key}': known {KEYS}")))?;
                let v = number(key, value)?;
                let word = match def.format {
                    Format::Linear11 { .. } => linear11_from_value(v),
                    Format::Linear16 => {
                        let code = (v * 4096.0).round();
                        if !(0.0..8192.0).contains(&code) {
                            return Err(VrmConfigError(format!("{key} = {v} V outside 0 .. 2 V")));
                        }
                        code as u16
                    }
                    Format::Byte | Format::Raw { .. } => {
                        if !(0.0..=65535.0).contains(&v) || v.fract() != 0.0 {
                            return Err(VrmConfigError(format!(
                                "{key} = {v}: a whole number 0 .. 65535 is expected"
                            )));
                        }
                        v as u16
                    }
                    Format::ReadOnly | Format::Send => {
                        return Err(VrmConfigError(format!("{key} is not a writable setting")))
                    }
                };
                self.writes.push((def.code, word));
            }
        }
        Ok(())
    }

    /// Parses `key = value` lines (`#` comments, blank lines allowed).
    pub fn parse_file_text(text: &str) -> Result<Self, VrmConfigError> {
        let mut setup = VrmSetup::default();
        for (n, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            setup
                .set(line)
                .map_err(|e| VrmConfigError(format!("line {}: {e}", n + 1)))?;
        }
        Ok(setup)
    }

    /// The register file after reset and the set-up writes (what the controller will hold).
    pub fn registers(&self) -> RegFile {
        let mut r = RegFile::new(&self.build);
        for &(c, w) in &self.writes {
            r.write(c, w);
        }
        r
    }

    /// The rail for this set-up with `mismatch` unless overridden; checks it against the build
    /// and the programmed output voltage.
    pub fn rail(&self, mismatch: f64) -> Result<RailParams, VrmConfigError> {
        self.build.validate()?;
        let n = self.build.phases;
        let mut rail = RailParams::reference(n, self.rail.mismatch.unwrap_or(mismatch));
        let scale = |v: &mut Vec<f64>, to: f64, nominal: f64| {
            for x in v.iter_mut() {
                *x *= to / nominal;
            }
        };
        if let Some(v) = self.rail.vin {
            rail.vin = v;
        }
        if let Some(l) = self.rail.l {
            scale(&mut rail.l, l, 100e-9);
        }
        if let Some(d) = self.rail.dcr {
            scale(&mut rail.dcr, d, 0.2e-3);
        }
        if let Some(c) = self.rail.c_out {
            rail.c_out = c;
        }
        if let Some(e) = self.rail.esr {
            rail.esr = e;
        }
        let regs = self.registers();
        let vout = regs.get(super::config::cmd::VOUT_COMMAND) as f64 / 4096.0;
        rail.validate(vout)
            .map_err(|e| VrmConfigError(e.to_string()))?;
        Ok(rail)
    }
}

fn by_name_code(code: u8) -> &'static str {
    super::regs::lookup(code).map_or("a register", |c| c.name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn setup_phases_given_only_when_the_key_is_set() {
        let s = VrmSetup::parse_file_text("period = 200\n").unwrap();
        assert!(
            !s.phases_given,
            "a file without phases leaves the board's count"
        );
        let s = VrmSetup::parse_file_text("phases = 2\n").unwrap();
        assert!(s.phases_given && s.build.phases == 2);
        assert!(s.build_only("synthesis").is_ok());
        let s = VrmSetup::parse_file_text("MFR_KP = 3000\n").unwrap();
        let e = s.build_only("synthesis").unwrap_err();
        assert!(e.0.contains("MFR_KP is a register"), "{e}");
    }

    #[test]
    fn bad_settings_are_named() {
        let mut s = VrmSetup::default();
        assert!(s.set("phases=17").is_ok());
        assert!(s.rail(0.0).unwrap_err().0.contains("phases 17"));
        let mut s = VrmSetup::default();
        s.set("vin=0.7").unwrap();
        assert!(s.rail(0.0).unwrap_err().0.contains("below Vin"));
        assert!(VrmSetup::default()
            .set("bogus=1")
            .unwrap_err()
            .0
            .contains("unknown key"));
        assert!(VrmSetup::default().set("l_nh=-3").is_err());
        assert!(VrmSetup::default().set("READ_VOUT=1").is_err());
        let mut s = VrmSetup::default();
        s.set("VOUT_COMMAND=0.9").unwrap();
        s.set("VOUT_DROOP=0.05").unwrap();
        let r = s.registers();
        assert_eq!(r.get(super::super::config::cmd::VOUT_COMMAND), 3686);
        let text = "# rail\nphases = 4\nMFR_KP = 3000\n";
        let s = VrmSetup::parse_file_text(text).unwrap();
        assert_eq!(s.build.phases, 4);
        assert!(VrmSetup::parse_file_text("phases = x\n")
            .unwrap_err()
            .0
            .contains("line 1"));
    }
}
