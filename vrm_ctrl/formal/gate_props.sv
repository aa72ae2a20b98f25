// Formal harness of one phase's gate drive (docs/vrm.md §3, §14).
// Every input is free in every cycle (requests, dead times, reset). An observer counts the cycles
// with both outputs off, independently of the design's own counter, and the properties say:
//   1. the two switches are never on together;
//   2. a switch that turns on was preceded by at least its dead time (the value in force at the
//      edge that turned it on) of cycles with both switches off.
// The last two assertions are the induction invariant linking the design's counter to the
// observer; they are checked like the others.
module gate_props(input clock);
    (* anyseq *) wire reset;
    (* anyseq *) wire req_hs;
    (* anyseq *) wire req_ls;
    (* anyseq *) wire [7:0] dt_rise;
    (* anyseq *) wire [7:0] dt_fall;
    wire hs, ls;
    wire [7:0] quiet;

    gridcore_phase_gate dut (
        .clock(clock), .reset(reset), .req_hs(req_hs), .req_ls(req_ls),
        .dt_rise(dt_rise), .dt_fall(dt_fall), .hs(hs), .ls(ls), .quiet(quiet)
    );

    // Cycles up to and including this one with both outputs off (saturating at 511), and the
    // same count for the previous cycle.
    reg [8:0] both_off_before = 0;
    reg hs_before = 0, ls_before = 0;
    reg [7:0] dt_rise_before = 0, dt_fall_before = 0;
    reg started = 0;
    wire [8:0] both_off_now = (hs || ls) ? 9'd0
        : (both_off_before == 9'd511 ? 9'd511 : both_off_before + 9'd1);

    always @(posedge clock) begin
        started <= 1;
        both_off_before <= both_off_now;
        hs_before <= hs;
        ls_before <= ls;
        dt_rise_before <= dt_rise;
        dt_fall_before <= dt_fall;
    end

    always @(*) begin
        if (started) begin
            assert (!(hs && ls));
            if (hs && !hs_before) assert (both_off_before >= dt_rise_before);
            if (ls && !ls_before) assert (both_off_before >= dt_fall_before);
            assert ((hs || ls) ? quiet == 8'd0 : 1'b1);
            assert ({1'b0, quiet} <= both_off_now);
        end
    end
endmodule
