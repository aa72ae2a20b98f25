// Formal harness of the whole controller (docs/vrm.md §14): every input free in every cycle
// (sensors, comparator, enable, reset, register writes and reads of any code and data).
//   1. An over-voltage comparator input turns every high side off two edges later.
//   2. No phase ever has both switches on.
module ctrl_props(input clock);
    (* anyseq *) wire reset, en, ov_in, reg_we, reg_re;
    (* anyseq *) wire [12:0] vout_code, vin_code;
    (* anyseq *) wire [11:0] temp_code;
    (* anyseq *) wire [7:0] reg_addr;
    (* anyseq *) wire [15:0] reg_wdata;
    (* anyseq *) wire [1:0] reg_err;
    (* anyseq *) wire [11:0] i0, i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12, i13, i14, i15;
    wire [15:0] hs, ls, reg_rdata, duty, i_filt;
    wire [12:0] vref, v_set;
    wire [4:0] n_active;
    wire [2:0] mode;
    wire pgood, alert;

    gridcore_vrm dut (
        .clock(clock), .reset(reset), .en(en), .ov_in(ov_in), .vout_code(vout_code),
        .vin_code(vin_code), .temp_code(temp_code),
        .\iph$0 (i0), .\iph$1 (i1), .\iph$2 (i2), .\iph$3 (i3), .\iph$4 (i4), .\iph$5 (i5),
        .\iph$6 (i6), .\iph$7 (i7), .\iph$8 (i8), .\iph$9 (i9), .\iph$10 (i10), .\iph$11 (i11),
        .\iph$12 (i12), .\iph$13 (i13), .\iph$14 (i14), .\iph$15 (i15),
        .reg_we(reg_we), .reg_re(reg_re), .reg_addr(reg_addr), .reg_wdata(reg_wdata),
        .reg_err(reg_err),
        .hs(hs), .ls(ls), .reg_rdata(reg_rdata), .pgood(pgood), .alert(alert), .duty(duty),
        .vref(vref), .v_set(v_set), .i_filt(i_filt), .n_active(n_active), .mode(mode)
    );

    reg ov_1 = 0, ov_2 = 0;
    reg started_1 = 0, started_2 = 0;
    always @(posedge clock) begin
        ov_1 <= ov_in;
        ov_2 <= ov_1;
        started_1 <= 1;
        started_2 <= started_1;
    end

    always @(*) begin
        if (started_2 && ov_2) assert (hs == 16'd0);
        assert ((hs & ls) == 16'd0);
    end
endmodule
