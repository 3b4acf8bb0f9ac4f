//! Durations ("1s", "1500ms") and sizes ("256MiB", "64 KiB") as written in YAML and flags.

use std::time::Duration;

/// Parses a duration: a number followed by `ms`, `s`, `m`, `min` or `h`. A bare number is seconds.
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let (number, unit) = split_number(text)?;
    let seconds = match unit {
        "ms" => number / 1000.0,
        "" | "s" | "sec" => number,
        "m" | "min" => number * 60.0,
        "h" => number * 3600.0,
        other => {
            return Err(format!(
                "unknown time unit `{other}` in `{text}`; write a duration such as 1s, 1500ms, 2.5s, 45m or 2h"
            ));
        }
    };
    if seconds <= 0.0 || seconds > 24.0 * 3600.0 {
        return Err(format!(
            "duration `{text}` is out of range; use a value above 0 and at most 24 hours"
        ));
    }
    Ok(Duration::from_secs_f64(seconds))
}

/// Parses a size into bytes: a number followed by B, KiB, MiB, GiB (or K, M, G, KB, MB, GB,
/// read as binary units). A bare number is MiB, as memory limits usually are.
pub fn parse_size(text: &str) -> Result<u64, String> {
    let (number, unit) = split_number(text)?;
    let scale: u64 = match unit.to_ascii_lowercase().as_str() {
        "b" => 1,
        "k" | "kb" | "kib" => 1 << 10,
        "" | "m" | "mb" | "mib" => 1 << 20,
        "g" | "gb" | "gib" => 1 << 30,
        _ => {
            return Err(format!(
                "unknown size unit `{unit}` in `{text}`; write a size such as 256MiB, 64KiB or 1GiB"
            ));
        }
    };
    let bytes = number * scale as f64;
    if bytes < 1.0 || bytes > (1u64 << 40) as f64 {
        return Err(format!(
            "size `{text}` is out of range; use a value above 0 and at most 1TiB"
        ));
    }
    Ok(bytes as u64)
}

fn split_number(text: &str) -> Result<(f64, &str), String> {
    let text = text.trim();
    let end = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len());
    let number: f64 = text[..end].parse().map_err(|_| {
        if text.starts_with('-') {
            format!("a negative value in `{text}`; use a value above 0")
        } else {
            format!("no leading number in `{text}`")
        }
    })?;
    Ok((number, text[end..].trim()))
}

/// Formats bytes for people: "3.1 MiB", "512 KiB".
pub fn format_kib(kib: u64) -> String {
    if kib >= 1024 && kib.is_multiple_of(1024) {
        format!("{} MiB", kib / 1024)
    } else if kib >= 1024 {
        format!("{:.1} MiB", kib as f64 / 1024.0)
    } else {
        format!("{kib} KiB")
    }
}

/// Formats a duration for YAML-like display: "1s", "1.5s", "250ms".
pub fn format_duration(d: Duration) -> String {
    let ms = d.as_millis();
    if ms.is_multiple_of(1000) {
        format!("{}s", ms / 1000)
    } else if ms > 1000 {
        format!(
            "{}s",
            format!("{:.2}", d.as_secs_f64()).trim_end_matches('0')
        )
    } else {
        format!("{ms}ms")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("1s").unwrap(), Duration::from_secs(1));
        assert_eq!(
            parse_duration("1500ms").unwrap(),
            Duration::from_millis(1500)
        );
        assert_eq!(parse_duration("2.5").unwrap(), Duration::from_millis(2500));
        assert!(parse_duration("1 parsec").unwrap_err().contains("parsec"));
        assert!(parse_duration("0s").is_err());
        assert!(parse_duration("fast").is_err());
    }

    #[test]
    fn sizes() {
        assert_eq!(parse_size("256MiB").unwrap(), 256 << 20);
        assert_eq!(parse_size("64 KiB").unwrap(), 64 << 10);
        assert_eq!(parse_size("1g").unwrap(), 1 << 30);
        assert_eq!(parse_size("512").unwrap(), 512 << 20);
        assert!(parse_size("3 parsec").is_err());
    }

    #[test]
    fn formatting() {
        assert_eq!(format_kib(512), "512 KiB");
        assert_eq!(format_kib(3174), "3.1 MiB");
        assert_eq!(format_kib(256 * 1024), "256 MiB");
        assert_eq!(format_duration(Duration::from_millis(1500)), "1.5s");
        assert_eq!(format_duration(Duration::from_secs(2)), "2s");
    }
}

/// A duration field in YAML: "1s", "1500ms", or a number of seconds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Dur(pub Duration);

/// A size field in YAML: "256MiB", "64KiB", or a number of MiB.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Size(pub u64);

impl<'de> serde::Deserialize<'de> for Dur {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = scalar_text(d)?;
        parse_duration(&text)
            .map(Dur)
            .map_err(serde::de::Error::custom)
    }
}

impl<'de> serde::Deserialize<'de> for Size {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = scalar_text(d)?;
        parse_size(&text)
            .map(Size)
            .map_err(serde::de::Error::custom)
    }
}

/// Reads a string or a number as text. A visitor (not an untagged enum) keeps
/// serde_yaml's position and field path on the error.
fn scalar_text<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    struct Text;
    impl serde::de::Visitor<'_> for Text {
        type Value = String;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a number with a unit, such as 1s or 256MiB")
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<String, E> {
            Ok(v.to_string())
        }
    }
    d.deserialize_any(Text)
}
