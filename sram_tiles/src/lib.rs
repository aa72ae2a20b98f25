//! sram_tiles
