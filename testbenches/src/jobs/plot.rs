//! Small SVG line plots: panels stacked over one shared time axis, each with its own y range,
//! grid, tick labels and legend. Written by hand to keep the dependency tree lean.

use std::fmt::Write;

/// One line.
pub struct Series<'a> {
    /// Legend text.
    pub name: String,
    /// Values, one per time point.
    pub values: &'a [f64],
    /// CSS colour.
    pub color: &'static str,
}

/// One panel: a y label and its lines.
pub struct Panel<'a> {
    /// Y-axis label with unit.
    pub label: String,
    /// The lines.
    pub series: Vec<Series<'a>>,
}

/// A palette that stays readable for up to 16 lines.
pub const COLORS: [&str; 16] = [
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
    "#bcbd22", "#17becf", "#393b79", "#ad494a", "#637939", "#8c6d31", "#843c39", "#7b4173",
];

const W: f64 = 900.0;
const PANEL_H: f64 = 170.0;
const LEFT: f64 = 80.0;
const RIGHT: f64 = 170.0;
const TOP: f64 = 40.0;
const GAP: f64 = 30.0;

/// "Nice" tick positions covering `lo..hi`.
fn ticks(lo: f64, hi: f64, n: usize) -> Vec<f64> {
    let span = (hi - lo).max(1e-12);
    let raw = span / n as f64;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag);
    let first = (lo / step).ceil() * step;
    (0..=n + 1)
        .map(|i| first + i as f64 * step)
        .filter(|v| *v <= hi + step * 1e-9)
        .collect()
}

fn fmt_tick(v: f64) -> String {
    if v == 0.0 {
        "0".into()
    } else if v.abs() >= 1000.0 || v.abs() < 0.01 {
        format!("{v:.2e}")
    } else {
        let s = format!("{v:.4}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// The SVG text of `panels` over time `t` (seconds, shown in µs).
pub fn stacked(title: &str, t: &[f64], panels: &[Panel]) -> String {
    let h = TOP + panels.len() as f64 * (PANEL_H + GAP) + 30.0;
    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{h}" font-family="sans-serif" font-size="11">"#
    );
    let _ = writeln!(s, r#"<rect width="100%" height="100%" fill="white"/>"#);
    let _ = writeln!(
        s,
        r#"<text x="{}" y="22" font-size="15" text-anchor="middle">{}</text>"#,
        W / 2.0,
        escape(title)
    );
    let (t0, t1) = (
        t.first().copied().unwrap_or(0.0),
        t.last().copied().unwrap_or(1.0),
    );
    let pw = W - LEFT - RIGHT;
    let x_of = |x: f64| LEFT + (x - t0) / (t1 - t0).max(1e-15) * pw;
    for (pi, panel) in panels.iter().enumerate() {
        let y0 = TOP + pi as f64 * (PANEL_H + GAP);
        let (mut lo, mut hi) = (f64::MAX, f64::MIN);
        for sr in &panel.series {
            for v in sr.values.iter().filter(|v| v.is_finite()) {
                lo = lo.min(*v);
                hi = hi.max(*v);
            }
        }
        if lo > hi {
            (lo, hi) = (0.0, 1.0);
        }
        let pad = ((hi - lo) * 0.05).max(1e-9);
        let (lo, hi) = (lo - pad, hi + pad);
        let y_of = |v: f64| y0 + PANEL_H - (v - lo) / (hi - lo) * PANEL_H;
        let _ = writeln!(
            s,
            r##"<rect x="{LEFT}" y="{y0}" width="{pw}" height="{PANEL_H}" fill="none" stroke="#444"/>"##
        );
        for v in ticks(lo, hi, 5) {
            let y = y_of(v);
            let _ = writeln!(
                s,
                r##"<line x1="{LEFT}" x2="{}" y1="{y:.1}" y2="{y:.1}" stroke="#ddd"/><text x="{}" y="{:.1}" text-anchor="end">{}</text>"##,
                LEFT + pw,
                LEFT - 4.0,
                y + 4.0,
                fmt_tick(v)
            );
        }
        let _ = writeln!(
            s,
            r#"<text transform="translate(16,{:.1}) rotate(-90)" text-anchor="middle">{}</text>"#,
            y0 + PANEL_H / 2.0,
            escape(&panel.label)
        );
        for (si, sr) in panel.series.iter().enumerate() {
            let mut pts = String::new();
            for (x, v) in t.iter().zip(sr.values) {
                if v.is_finite() {
                    let _ = write!(pts, "{:.1},{:.1} ", x_of(*x), y_of(*v));
                }
            }
            let _ = writeln!(
                s,
                r#"<polyline fill="none" stroke="{}" stroke-width="1.2" points="{}"/>"#,
                sr.color,
                pts.trim_end()
            );
            let ly = y0 + 12.0 + si as f64 * 13.0;
            let _ = writeln!(
                s,
                r#"<line x1="{}" x2="{}" y1="{ly:.1}" y2="{ly:.1}" stroke="{}" stroke-width="2"/><text x="{}" y="{:.1}">{}</text>"#,
                LEFT + pw + 8.0,
                LEFT + pw + 24.0,
                sr.color,
                LEFT + pw + 28.0,
                ly + 4.0,
                escape(&sr.name)
            );
        }
    }
    let yb = TOP + panels.len() as f64 * (PANEL_H + GAP) - GAP + 4.0;
    for v in ticks(t0 * 1e6, t1 * 1e6, 8) {
        let x = x_of(v * 1e-6);
        let _ = writeln!(
            s,
            r#"<text x="{x:.1}" y="{:.1}" text-anchor="middle">{}</text>"#,
            yb + 12.0,
            fmt_tick(v)
        );
    }
    let _ = writeln!(
        s,
        r#"<text x="{}" y="{:.1}" text-anchor="middle">time (µs)</text></svg>"#,
        LEFT + pw / 2.0,
        yb + 26.0
    );
    s
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_cover_the_range_with_round_steps() {
        assert_eq!(
            ticks(0.0, 1.0, 5),
            vec![0.0, 0.2, 0.4, 0.6000000000000001, 0.8, 1.0]
        );
        let t = ticks(0.79, 0.81, 4);
        assert!(t.len() >= 3 && t.iter().all(|v| (0.79..=0.81).contains(v)));
    }

    #[test]
    fn svg_has_one_polyline_per_series() {
        let t = [0.0, 1e-6, 2e-6];
        let a = [1.0, 2.0, 3.0];
        let svg = stacked(
            "x < y",
            &t,
            &[Panel {
                label: "V".into(),
                series: vec![
                    Series {
                        name: "a".into(),
                        values: &a,
                        color: COLORS[0],
                    },
                    Series {
                        name: "b".into(),
                        values: &a,
                        color: COLORS[1],
                    },
                ],
            }],
        );
        assert_eq!(svg.matches("<polyline").count(), 2);
        assert!(svg.contains("x &lt; y"));
    }
}
