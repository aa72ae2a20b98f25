//! vrm_ctrl
