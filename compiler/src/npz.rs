//! Named tensors in NumPy's formats: `.npz` (a zip of `.npy` members, as `np.savez` writes it)
//! and a single `.npy`. Only what models exchange with the tile: int8 and int32, C order.

use crate::CompileError;
use std::io::{Read, Write};
use std::path::Path;

/// Elements of an array.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Data {
    /// int8.
    I8(Vec<i8>),
    /// int32.
    I32(Vec<i32>),
}

impl Data {
    /// Number of elements.
    pub fn len(&self) -> usize {
        match self {
            Data::I8(v) => v.len(),
            Data::I32(v) => v.len(),
        }
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The type's name as the model's schema spells it.
    pub fn type_name(&self) -> &'static str {
        match self {
            Data::I8(_) => "INT8",
            Data::I32(_) => "INT32",
        }
    }
}

/// One named array.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Array {
    /// Its name (the `.npz` member without `.npy`; a `.npy` file's stem).
    pub name: String,
    /// Dimensions.
    pub shape: Vec<usize>,
    /// Elements, row-major.
    pub data: Data,
}

fn io(path: &Path) -> impl Fn(std::io::Error) -> CompileError + '_ {
    move |e| CompileError::Io(format!("{}: {e}", path.display()))
}

/// Parses one `.npy` image.
fn parse_npy(name: &str, bytes: &[u8], whence: &str) -> Result<Array, CompileError> {
    let bad = |what: String| CompileError::Inputs(format!("{whence}: array '{name}': {what}"));
    let file = npyz::NpyFile::new(bytes).map_err(|e| bad(format!("not a .npy array ({e})")))?;
    if file.order() != npyz::Order::C && file.shape().iter().filter(|&&d| d > 1).count() > 1 {
        return Err(bad(
            "Fortran order is not supported (save it C-contiguous)".into()
        ));
    }
    let shape: Vec<usize> = file.shape().iter().map(|&d| d as usize).collect();
    let descr = file.dtype().descr();
    let data = match descr.trim_matches('\'').trim_start_matches(['<', '|', '=']) {
        "i1" => Data::I8(file.into_vec::<i8>().map_err(|e| bad(e.to_string()))?),
        "i4" => Data::I32(file.into_vec::<i32>().map_err(|e| bad(e.to_string()))?),
        _ => {
            return Err(bad(format!(
                "element type '{descr}' (only int8 and int32 tensors are exchanged)"
            )))
        }
    };
    Ok(Array {
        name: name.to_string(),
        shape,
        data,
    })
}

/// Reads every array of a `.npz` archive, or the one array of a `.npy` file (named by its
/// stem; `None` as the name means the caller matches it to the model's single input).
///
/// # Errors
/// [`CompileError::Io`] if unreadable, [`CompileError::Inputs`] for what is not an int8/int32
/// array.
pub fn read(path: &Path) -> Result<Vec<Array>, CompileError> {
    let bytes = std::fs::read(path).map_err(io(path))?;
    let whence = path.display().to_string();
    if path.extension().is_some_and(|e| e == "npy") {
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        return Ok(vec![parse_npy(stem, &bytes, &whence)?]);
    }
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| CompileError::Inputs(format!("{whence}: not a .npz archive ({e})")))?;
    let mut out = Vec::new();
    for i in 0..archive.len() {
        let mut member = archive
            .by_index(i)
            .map_err(|e| CompileError::Inputs(format!("{whence}: member {i}: {e}")))?;
        let name = member.name().trim_end_matches(".npy").to_string();
        let mut image = Vec::new();
        member
            .read_to_end(&mut image)
            .map_err(|e| CompileError::Inputs(format!("{whence}: member '{name}': {e}")))?;
        out.push(parse_npy(&name, &image, &whence)?);
    }
    Ok(out)
}

/// One `.npy` image of `values` shaped `shape` (C order).
fn npy_of<T: npyz::AutoSerialize + Copy>(
    shape: &[usize],
    values: &[T],
) -> std::io::Result<Vec<u8>> {
    use npyz::WriterBuilder;
    let shape: Vec<u64> = shape.iter().map(|&d| d as u64).collect();
    let mut buf = Vec::new();
    let mut w = npyz::WriteOptions::new()
        .default_dtype()
        .shape(&shape)
        .writer(&mut buf)
        .begin_nd()?;
    w.extend(values.iter().copied())?;
    w.finish()?;
    Ok(buf)
}

/// One `.npy` image of an array.
fn npy_image(a: &Array) -> std::io::Result<Vec<u8>> {
    match &a.data {
        Data::I8(v) => npy_of(&a.shape, v),
        Data::I32(v) => npy_of(&a.shape, v),
    }
}

/// Writes arrays as a `.npz` archive (members `NAME.npy`, stored uncompressed as `np.savez`
/// does). The archive is written beside `path` and renamed over it when complete, so a failed
/// write leaves no half file.
///
/// # Errors
/// [`CompileError::Io`].
pub fn write(path: &Path, arrays: &[Array]) -> Result<(), CompileError> {
    let mut zipped = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for a in arrays {
        zipped
            .start_file(format!("{}.npy", a.name), options)
            .map_err(|e| CompileError::Io(format!("{}: {e}", path.display())))?;
        zipped
            .write_all(&npy_image(a).map_err(io(path))?)
            .map_err(io(path))?;
    }
    let bytes = zipped
        .finish()
        .map_err(|e| CompileError::Io(format!("{}: {e}", path.display())))?
        .into_inner();
    let partial = path.with_extension("npz.partial");
    std::fs::write(&partial, bytes).map_err(io(path))?;
    std::fs::rename(&partial, path).map_err(io(path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn npz_round_trip() {
        let dir = std::env::temp_dir().join(format!("gridcore-npz-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("t.npz");
        let arrays = vec![
            Array {
                name: "serving_default_x:0".into(),
                shape: vec![2, 3],
                data: Data::I8(vec![-128, -1, 0, 1, 2, 127]),
            },
            Array {
                name: "ids".into(),
                shape: vec![4],
                data: Data::I32(vec![i32::MIN, -1, 0, i32::MAX]),
            },
        ];
        write(&path, &arrays).unwrap();
        assert_eq!(read(&path).unwrap(), arrays);
        assert!(!path.with_extension("npz.partial").exists());
        let npy = dir.join("x.npy");
        std::fs::write(&npy, npy_image(&arrays[0]).unwrap()).unwrap();
        let one = read(&npy).unwrap();
        assert_eq!((one[0].name.as_str(), &one[0].data), ("x", &arrays[0].data));
        std::fs::write(dir.join("bad.npz"), b"PK\x03\x04 truncated").unwrap();
        let e = read(&dir.join("bad.npz")).unwrap_err().to_string();
        assert!(e.contains("bad.npz") && !e.contains('\n'), "{e}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
