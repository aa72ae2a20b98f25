

module gridcore_tile(clock,reset,start,host_we,host_re,host_sel,host_addr,host_wdata,host_rdata,host_rvalid,busy,done,error,err_code,pc,cnt_cycles,cnt_busy,cnt_macs,cnt_w_reads,cnt_a_reads,cnt_a_writes,cnt_p_reads,cnt_i_reads);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  start;
    input wire  host_we;
    input wire  host_re;
    input wire  [2:0] host_sel;
    input wire  [15:0] host_addr;
    input wire  [31:0] host_wdata;
    output reg  [7:0] host_rdata;
    output reg  host_rvalid;
    output reg  busy;
    output reg  done;
    output reg  error;
    output reg  [3:0] err_code;
    output reg  [15:0] pc;
    output reg  [31:0] cnt_cycles;
    output reg  [31:0] cnt_busy;
    output reg  [31:0] cnt_macs;
    output reg  [31:0] cnt_w_reads;
    output reg  [31:0] cnt_a_reads;
    output reg  [31:0] cnt_a_writes;
    output reg  [31:0] cnt_p_reads;
    output reg  [31:0] cnt_i_reads;
    
    // Stub signals
    reg  host$clock;
    reg  host$reset;
    reg  host$stopped;
    reg  host$we;
    reg  host$re;
    reg  [2:0] host$sel;
    reg  [15:0] host$addr;
    reg  [31:0] host$wdata;
    reg  [7:0] host$act_rdata;
    wire  [7:0] host$rdata;
    wire  host$rvalid;
    wire  host$bad;
    wire  host$act_re;
    wire  [15:0] host$wr_addr;
    wire  [31:0] host$wr_data;
    wire  host$act_we;
    wire  host$bias_we;
    wire  host$mult_we;
    wire  host$shift_we;
    wire  host$ilo_we;
    wire  host$ihi_we;
    wire  host$w_we;
    wire  [15:0] host$w_lane;
    wire  [15:0] host$w_word;
    reg  seq$clock;
    reg  seq$reset;
    reg  seq$start;
    reg  seq$host_access;
    reg  seq$host_bad;
    reg  [63:0] seq$instr;
    reg  seq$chk_pass;
    reg  [3:0] seq$chk_err;
    reg  seq$fc_done;
    wire  [63:0] seq$ir;
    wire  seq$decode;
    wire  seq$setl_decode;
    wire  seq$fc_decode;
    wire  seq$settle;
    wire  seq$check;
    wire  seq$run;
    wire  seq$done;
    wire  seq$error;
    wire  [3:0] seq$err_code;
    wire  [15:0] seq$pc;
    wire  seq$cycle_en;
    wire  seq$fetch_en;
    wire  seq$clear;
    reg  layer$clock;
    reg  layer$reset;
    reg  [63:0] layer$ir;
    reg  layer$settle;
    reg  layer$setl_decode;
    reg  layer$fc_decode;
    reg  layer$aux_valid;
    reg  [31:0] layer$aux_p;
    wire  layer$aux_next;
    wire  [15:0] layer$aux_a;
    wire  [15:0] layer$aux_b;
    wire  [15:0] layer$k;
    wire  [15:0] layer$n;
    wire  layer$b1;
    wire  [1:0] layer$bm1;
    wire  [12:0] layer$km2;
    wire  [12:0] layer$nm2;
    wire  [14:0] layer$nml;
    wire  [14:0] layer$nmk;
    wire  layer$k_lt_l;
    wire  layer$relu;
    wire  [7:0] layer$zp;
    wire  [15:0] layer$pbase;
    wire  [12:0] layer$kd0;
    wire  layer$single;
    wire  [15:0] layer$first_n;
    wire  [12:0] layer$km2_full;
    wire  [12:0] layer$km2_last;
    wire  layer$chk_pass;
    wire  [3:0] layer$chk_err;
    reg  engine$clock;
    reg  engine$reset;
    reg  engine$decode;
    reg  engine$check;
    reg  engine$chk_pass;
    reg  [63:0] engine$ir;
    reg  [15:0] engine$k;
    reg  [15:0] engine$n;
    reg  engine$b1;
    reg  [1:0] engine$bm1;
    reg  [12:0] engine$km2;
    reg  [12:0] engine$nm2;
    reg  [14:0] engine$nml;
    reg  [14:0] engine$nmk;
    reg  engine$k_lt_l;
    reg  [12:0] engine$kd0;
    reg  engine$single;
    reg  [15:0] engine$first_n;
    reg  [12:0] engine$km2_full;
    reg  [12:0] engine$km2_last;
    wire  engine$issue;
    wire  [15:0] engine$x_addr;
    wire  [15:0] engine$w_addr;
    wire  [4:0] engine$issue_n;
    wire  engine$w_read;
    wire  engine$p3_valid;
    wire  engine$p3_first;
    wire  [1:0] engine$p3_b;
    wire  engine$p4_last;
    wire  [11:0] engine$p4_ch;
    wire  [4:0] engine$p4_n;
    wire  engine$p4_lastg;
    reg  drain$clock;
    reg  drain$reset;
    reg  drain$check;
    reg  [63:0] drain$ir;
    reg  drain$start;
    reg  [11:0] drain$ch;
    reg  [4:0] drain$n;
    reg  drain$lastg;
    reg  drain$b1;
    reg  [1:0] drain$bm1;
    reg  [15:0] drain$layer_n;
    reg  [15:0] drain$pbase;
    reg  [26:0] drain$head;
    wire  drain$entry;
    wire  [1:0] drain$b;
    wire  [15:0] drain$paddr;
    wire  drain$valid;
    wire  drain$last;
    wire  [15:0] drain$addr;
    wire  [31:0] drain$value;
    reg  lanes$0$clock;
    reg  lanes$0$reset;
    reg  lanes$0$w_we;
    reg  [8:0] lanes$0$w_waddr;
    reg  [7:0] lanes$0$w_wdata;
    reg  [8:0] lanes$0$w_raddr;
    wire  [7:0] lanes$0$w_out;
    reg  [15:0] lanes$0$prod_in;
    reg  lanes$0$acc_en;
    reg  lanes$0$acc_first;
    reg  [1:0] lanes$0$acc_b;
    reg  lanes$0$shadow_load;
    reg  [1:0] lanes$0$drain_b;
    reg  lanes$0$shadow_shift;
    reg  [26:0] lanes$0$chain_in0;
    reg  [26:0] lanes$0$chain_in1;
    reg  [26:0] lanes$0$chain_in2;
    reg  [26:0] lanes$0$chain_in3;
    wire  [26:0] lanes$0$shadow0;
    wire  [26:0] lanes$0$shadow1;
    wire  [26:0] lanes$0$shadow2;
    wire  [26:0] lanes$0$shadow3;
    wire  [26:0] lanes$0$shadow_out;
    reg  lanes$1$clock;
    reg  lanes$1$reset;
    reg  lanes$1$w_we;
    reg  [8:0] lanes$1$w_waddr;
    reg  [7:0] lanes$1$w_wdata;
    reg  [8:0] lanes$1$w_raddr;
    wire  [7:0] lanes$1$w_out;
    reg  [15:0] lanes$1$prod_in;
    reg  lanes$1$acc_en;
    reg  lanes$1$acc_first;
    reg  [1:0] lanes$1$acc_b;
    reg  lanes$1$shadow_load;
    reg  [1:0] lanes$1$drain_b;
    reg  lanes$1$shadow_shift;
    reg  [26:0] lanes$1$chain_in0;
    reg  [26:0] lanes$1$chain_in1;
    reg  [26:0] lanes$1$chain_in2;
    reg  [26:0] lanes$1$chain_in3;
    wire  [26:0] lanes$1$shadow0;
    wire  [26:0] lanes$1$shadow1;
    wire  [26:0] lanes$1$shadow2;
    wire  [26:0] lanes$1$shadow3;
    wire  [26:0] lanes$1$shadow_out;
    reg  lanes$2$clock;
    reg  lanes$2$reset;
    reg  lanes$2$w_we;
    reg  [8:0] lanes$2$w_waddr;
    reg  [7:0] lanes$2$w_wdata;
    reg  [8:0] lanes$2$w_raddr;
    wire  [7:0] lanes$2$w_out;
    reg  [15:0] lanes$2$prod_in;
    reg  lanes$2$acc_en;
    reg  lanes$2$acc_first;
    reg  [1:0] lanes$2$acc_b;
    reg  lanes$2$shadow_load;
    reg  [1:0] lanes$2$drain_b;
    reg  lanes$2$shadow_shift;
    reg  [26:0] lanes$2$chain_in0;
    reg  [26:0] lanes$2$chain_in1;
    reg  [26:0] lanes$2$chain_in2;
    reg  [26:0] lanes$2$chain_in3;
    wire  [26:0] lanes$2$shadow0;
    wire  [26:0] lanes$2$shadow1;
    wire  [26:0] lanes$2$shadow2;
    wire  [26:0] lanes$2$shadow3;
    wire  [26:0] lanes$2$shadow_out;
    reg  lanes$3$clock;
    reg  lanes$3$reset;
    reg  lanes$3$w_we;
    reg  [8:0] lanes$3$w_waddr;
    reg  [7:0] lanes$3$w_wdata;
    reg  [8:0] lanes$3$w_raddr;
    wire  [7:0] lanes$3$w_out;
    reg  [15:0] lanes$3$prod_in;
    reg  lanes$3$acc_en;
    reg  lanes$3$acc_first;
    reg  [1:0] lanes$3$acc_b;
    reg  lanes$3$shadow_load;
    reg  [1:0] lanes$3$drain_b;
    reg  lanes$3$shadow_shift;
    reg  [26:0] lanes$3$chain_in0;
    reg  [26:0] lanes$3$chain_in1;
    reg  [26:0] lanes$3$chain_in2;
    reg  [26:0] lanes$3$chain_in3;
    wire  [26:0] lanes$3$shadow0;
    wire  [26:0] lanes$3$shadow1;
    wire  [26:0] lanes$3$shadow2;
    wire  [26:0] lanes$3$shadow3;
    wire  [26:0] lanes$3$shadow_out;
    reg  lanes$4$clock;
    reg  lanes$4$reset;
    reg  lanes$4$w_we;
    reg  [8:0] lanes$4$w_waddr;
    reg  [7:0] lanes$4$w_wdata;
    reg  [8:0] lanes$4$w_raddr;
    wire  [7:0] lanes$4$w_out;
    reg  [15:0] lanes$4$prod_in;
    reg  lanes$4$acc_en;
    reg  lanes$4$acc_first;
    reg  [1:0] lanes$4$acc_b;
    reg  lanes$4$shadow_load;
    reg  [1:0] lanes$4$drain_b;
    reg  lanes$4$shadow_shift;
    reg  [26:0] lanes$4$chain_in0;
    reg  [26:0] lanes$4$chain_in1;
    reg  [26:0] lanes$4$chain_in2;
    reg  [26:0] lanes$4$chain_in3;
    wire  [26:0] lanes$4$shadow0;
    wire  [26:0] lanes$4$shadow1;
    wire  [26:0] lanes$4$shadow2;
    wire  [26:0] lanes$4$shadow3;
    wire  [26:0] lanes$4$shadow_out;
    reg  lanes$5$clock;
    reg  lanes$5$reset;
    reg  lanes$5$w_we;
    reg  [8:0] lanes$5$w_waddr;
    reg  [7:0] lanes$5$w_wdata;
    reg  [8:0] lanes$5$w_raddr;
    wire  [7:0] lanes$5$w_out;
    reg  [15:0] lanes$5$prod_in;
    reg  lanes$5$acc_en;
    reg  lanes$5$acc_first;
    reg  [1:0] lanes$5$acc_b;
    reg  lanes$5$shadow_load;
    reg  [1:0] lanes$5$drain_b;
    reg  lanes$5$shadow_shift;
    reg  [26:0] lanes$5$chain_in0;
    reg  [26:0] lanes$5$chain_in1;
    reg  [26:0] lanes$5$chain_in2;
    reg  [26:0] lanes$5$chain_in3;
    wire  [26:0] lanes$5$shadow0;
    wire  [26:0] lanes$5$shadow1;
    wire  [26:0] lanes$5$shadow2;
    wire  [26:0] lanes$5$shadow3;
    wire  [26:0] lanes$5$shadow_out;
    reg  lanes$6$clock;
    reg  lanes$6$reset;
    reg  lanes$6$w_we;
    reg  [8:0] lanes$6$w_waddr;
    reg  [7:0] lanes$6$w_wdata;
    reg  [8:0] lanes$6$w_raddr;
    wire  [7:0] lanes$6$w_out;
    reg  [15:0] lanes$6$prod_in;
    reg  lanes$6$acc_en;
    reg  lanes$6$acc_first;
    reg  [1:0] lanes$6$acc_b;
    reg  lanes$6$shadow_load;
    reg  [1:0] lanes$6$drain_b;
    reg  lanes$6$shadow_shift;
    reg  [26:0] lanes$6$chain_in0;
    reg  [26:0] lanes$6$chain_in1;
    reg  [26:0] lanes$6$chain_in2;
    reg  [26:0] lanes$6$chain_in3;
    wire  [26:0] lanes$6$shadow0;
    wire  [26:0] lanes$6$shadow1;
    wire  [26:0] lanes$6$shadow2;
    wire  [26:0] lanes$6$shadow3;
    wire  [26:0] lanes$6$shadow_out;
    reg  lanes$7$clock;
    reg  lanes$7$reset;
    reg  lanes$7$w_we;
    reg  [8:0] lanes$7$w_waddr;
    reg  [7:0] lanes$7$w_wdata;
    reg  [8:0] lanes$7$w_raddr;
    wire  [7:0] lanes$7$w_out;
    reg  [15:0] lanes$7$prod_in;
    reg  lanes$7$acc_en;
    reg  lanes$7$acc_first;
    reg  [1:0] lanes$7$acc_b;
    reg  lanes$7$shadow_load;
    reg  [1:0] lanes$7$drain_b;
    reg  lanes$7$shadow_shift;
    reg  [26:0] lanes$7$chain_in0;
    reg  [26:0] lanes$7$chain_in1;
    reg  [26:0] lanes$7$chain_in2;
    reg  [26:0] lanes$7$chain_in3;
    wire  [26:0] lanes$7$shadow0;
    wire  [26:0] lanes$7$shadow1;
    wire  [26:0] lanes$7$shadow2;
    wire  [26:0] lanes$7$shadow3;
    wire  [26:0] lanes$7$shadow_out;
    reg  lanes$8$clock;
    reg  lanes$8$reset;
    reg  lanes$8$w_we;
    reg  [8:0] lanes$8$w_waddr;
    reg  [7:0] lanes$8$w_wdata;
    reg  [8:0] lanes$8$w_raddr;
    wire  [7:0] lanes$8$w_out;
    reg  [15:0] lanes$8$prod_in;
    reg  lanes$8$acc_en;
    reg  lanes$8$acc_first;
    reg  [1:0] lanes$8$acc_b;
    reg  lanes$8$shadow_load;
    reg  [1:0] lanes$8$drain_b;
    reg  lanes$8$shadow_shift;
    reg  [26:0] lanes$8$chain_in0;
    reg  [26:0] lanes$8$chain_in1;
    reg  [26:0] lanes$8$chain_in2;
    reg  [26:0] lanes$8$chain_in3;
    wire  [26:0] lanes$8$shadow0;
    wire  [26:0] lanes$8$shadow1;
    wire  [26:0] lanes$8$shadow2;
    wire  [26:0] lanes$8$shadow3;
    wire  [26:0] lanes$8$shadow_out;
    reg  lanes$9$clock;
    reg  lanes$9$reset;
    reg  lanes$9$w_we;
    reg  [8:0] lanes$9$w_waddr;
    reg  [7:0] lanes$9$w_wdata;
    reg  [8:0] lanes$9$w_raddr;
    wire  [7:0] lanes$9$w_out;
    reg  [15:0] lanes$9$prod_in;
    reg  lanes$9$acc_en;
    reg  lanes$9$acc_first;
    reg  [1:0] lanes$9$acc_b;
    reg  lanes$9$shadow_load;
    reg  [1:0] lanes$9$drain_b;
    reg  lanes$9$shadow_shift;
    reg  [26:0] lanes$9$chain_in0;
    reg  [26:0] lanes$9$chain_in1;
    reg  [26:0] lanes$9$chain_in2;
    reg  [26:0] lanes$9$chain_in3;
    wire  [26:0] lanes$9$shadow0;
    wire  [26:0] lanes$9$shadow1;
    wire  [26:0] lanes$9$shadow2;
    wire  [26:0] lanes$9$shadow3;
    wire  [26:0] lanes$9$shadow_out;
    reg  lanes$10$clock;
    reg  lanes$10$reset;
    reg  lanes$10$w_we;
    reg  [8:0] lanes$10$w_waddr;
    reg  [7:0] lanes$10$w_wdata;
    reg  [8:0] lanes$10$w_raddr;
    wire  [7:0] lanes$10$w_out;
    reg  [15:0] lanes$10$prod_in;
    reg  lanes$10$acc_en;
    reg  lanes$10$acc_first;
    reg  [1:0] lanes$10$acc_b;
    reg  lanes$10$shadow_load;
    reg  [1:0] lanes$10$drain_b;
    reg  lanes$10$shadow_shift;
    reg  [26:0] lanes$10$chain_in0;
    reg  [26:0] lanes$10$chain_in1;
    reg  [26:0] lanes$10$chain_in2;
    reg  [26:0] lanes$10$chain_in3;
    wire  [26:0] lanes$10$shadow0;
    wire  [26:0] lanes$10$shadow1;
    wire  [26:0] lanes$10$shadow2;
    wire  [26:0] lanes$10$shadow3;
    wire  [26:0] lanes$10$shadow_out;
    reg  lanes$11$clock;
    reg  lanes$11$reset;
    reg  lanes$11$w_we;
    reg  [8:0] lanes$11$w_waddr;
    reg  [7:0] lanes$11$w_wdata;
    reg  [8:0] lanes$11$w_raddr;
    wire  [7:0] lanes$11$w_out;
    reg  [15:0] lanes$11$prod_in;
    reg  lanes$11$acc_en;
    reg  lanes$11$acc_first;
    reg  [1:0] lanes$11$acc_b;
    reg  lanes$11$shadow_load;
    reg  [1:0] lanes$11$drain_b;
    reg  lanes$11$shadow_shift;
    reg  [26:0] lanes$11$chain_in0;
    reg  [26:0] lanes$11$chain_in1;
    reg  [26:0] lanes$11$chain_in2;
    reg  [26:0] lanes$11$chain_in3;
    wire  [26:0] lanes$11$shadow0;
    wire  [26:0] lanes$11$shadow1;
    wire  [26:0] lanes$11$shadow2;
    wire  [26:0] lanes$11$shadow3;
    wire  [26:0] lanes$11$shadow_out;
    reg  lanes$12$clock;
    reg  lanes$12$reset;
    reg  lanes$12$w_we;
    reg  [8:0] lanes$12$w_waddr;
    reg  [7:0] lanes$12$w_wdata;
    reg  [8:0] lanes$12$w_raddr;
    wire  [7:0] lanes$12$w_out;
    reg  [15:0] lanes$12$prod_in;
    reg  lanes$12$acc_en;
    reg  lanes$12$acc_first;
    reg  [1:0] lanes$12$acc_b;
    reg  lanes$12$shadow_load;
    reg  [1:0] lanes$12$drain_b;
    reg  lanes$12$shadow_shift;
    reg  [26:0] lanes$12$chain_in0;
    reg  [26:0] lanes$12$chain_in1;
    reg  [26:0] lanes$12$chain_in2;
    reg  [26:0] lanes$12$chain_in3;
    wire  [26:0] lanes$12$shadow0;
    wire  [26:0] lanes$12$shadow1;
    wire  [26:0] lanes$12$shadow2;
    wire  [26:0] lanes$12$shadow3;
    wire  [26:0] lanes$12$shadow_out;
    reg  lanes$13$clock;
    reg  lanes$13$reset;
    reg  lanes$13$w_we;
    reg  [8:0] lanes$13$w_waddr;
    reg  [7:0] lanes$13$w_wdata;
    reg  [8:0] lanes$13$w_raddr;
    wire  [7:0] lanes$13$w_out;
    reg  [15:0] lanes$13$prod_in;
    reg  lanes$13$acc_en;
    reg  lanes$13$acc_first;
    reg  [1:0] lanes$13$acc_b;
    reg  lanes$13$shadow_load;
    reg  [1:0] lanes$13$drain_b;
    reg  lanes$13$shadow_shift;
    reg  [26:0] lanes$13$chain_in0;
    reg  [26:0] lanes$13$chain_in1;
    reg  [26:0] lanes$13$chain_in2;
    reg  [26:0] lanes$13$chain_in3;
    wire  [26:0] lanes$13$shadow0;
    wire  [26:0] lanes$13$shadow1;
    wire  [26:0] lanes$13$shadow2;
    wire  [26:0] lanes$13$shadow3;
    wire  [26:0] lanes$13$shadow_out;
    reg  lanes$14$clock;
    reg  lanes$14$reset;
    reg  lanes$14$w_we;
    reg  [8:0] lanes$14$w_waddr;
    reg  [7:0] lanes$14$w_wdata;
    reg  [8:0] lanes$14$w_raddr;
    wire  [7:0] lanes$14$w_out;
    reg  [15:0] lanes$14$prod_in;
    reg  lanes$14$acc_en;
    reg  lanes$14$acc_first;
    reg  [1:0] lanes$14$acc_b;
    reg  lanes$14$shadow_load;
    reg  [1:0] lanes$14$drain_b;
    reg  lanes$14$shadow_shift;
    reg  [26:0] lanes$14$chain_in0;
    reg  [26:0] lanes$14$chain_in1;
    reg  [26:0] lanes$14$chain_in2;
    reg  [26:0] lanes$14$chain_in3;
    wire  [26:0] lanes$14$shadow0;
    wire  [26:0] lanes$14$shadow1;
    wire  [26:0] lanes$14$shadow2;
    wire  [26:0] lanes$14$shadow3;
    wire  [26:0] lanes$14$shadow_out;
    reg  lanes$15$clock;
    reg  lanes$15$reset;
    reg  lanes$15$w_we;
    reg  [8:0] lanes$15$w_waddr;
    reg  [7:0] lanes$15$w_wdata;
    reg  [8:0] lanes$15$w_raddr;
    wire  [7:0] lanes$15$w_out;
    reg  [15:0] lanes$15$prod_in;
    reg  lanes$15$acc_en;
    reg  lanes$15$acc_first;
    reg  [1:0] lanes$15$acc_b;
    reg  lanes$15$shadow_load;
    reg  [1:0] lanes$15$drain_b;
    reg  lanes$15$shadow_shift;
    reg  [26:0] lanes$15$chain_in0;
    reg  [26:0] lanes$15$chain_in1;
    reg  [26:0] lanes$15$chain_in2;
    reg  [26:0] lanes$15$chain_in3;
    wire  [26:0] lanes$15$shadow0;
    wire  [26:0] lanes$15$shadow1;
    wire  [26:0] lanes$15$shadow2;
    wire  [26:0] lanes$15$shadow3;
    wire  [26:0] lanes$15$shadow_out;
    reg  muls$0$clock;
    reg  [7:0] muls$0$x;
    reg  [7:0] muls$0$w0;
    reg  [7:0] muls$0$w1;
    wire  [15:0] muls$0$p0;
    wire  [15:0] muls$0$p1;
    reg  muls$1$clock;
    reg  [7:0] muls$1$x;
    reg  [7:0] muls$1$w0;
    reg  [7:0] muls$1$w1;
    wire  [15:0] muls$1$p0;
    wire  [15:0] muls$1$p1;
    reg  muls$2$clock;
    reg  [7:0] muls$2$x;
    reg  [7:0] muls$2$w0;
    reg  [7:0] muls$2$w1;
    wire  [15:0] muls$2$p0;
    wire  [15:0] muls$2$p1;
    reg  muls$3$clock;
    reg  [7:0] muls$3$x;
    reg  [7:0] muls$3$w0;
    reg  [7:0] muls$3$w1;
    wire  [15:0] muls$3$p0;
    wire  [15:0] muls$3$p1;
    reg  muls$4$clock;
    reg  [7:0] muls$4$x;
    reg  [7:0] muls$4$w0;
    reg  [7:0] muls$4$w1;
    wire  [15:0] muls$4$p0;
    wire  [15:0] muls$4$p1;
    reg  muls$5$clock;
    reg  [7:0] muls$5$x;
    reg  [7:0] muls$5$w0;
    reg  [7:0] muls$5$w1;
    wire  [15:0] muls$5$p0;
    wire  [15:0] muls$5$p1;
    reg  muls$6$clock;
    reg  [7:0] muls$6$x;
    reg  [7:0] muls$6$w0;
    reg  [7:0] muls$6$w1;
    wire  [15:0] muls$6$p0;
    wire  [15:0] muls$6$p1;
    reg  muls$7$clock;
    reg  [7:0] muls$7$x;
    reg  [7:0] muls$7$w0;
    reg  [7:0] muls$7$w1;
    wire  [15:0] muls$7$p0;
    wire  [15:0] muls$7$p1;
    reg  rq$clock;
    reg  rq$reset;
    reg  rq$in_valid;
    reg  rq$in_last;
    reg  [31:0] rq$in_acc;
    reg  [15:0] rq$in_addr;
    reg  [31:0] rq$bias;
    reg  [31:0] rq$mult;
    reg  [5:0] rq$shift;
    reg  [7:0] rq$zp;
    reg  rq$relu;
    wire  rq$out_valid;
    wire  rq$out_last;
    wire  [7:0] rq$out_y;
    wire  [15:0] rq$out_addr;
    reg  rq$aux_next;
    reg  [15:0] rq$aux_a;
    reg  [15:0] rq$aux_b;
    wire  [31:0] rq$aux_p;
    wire  rq$aux_valid;
    reg  [9:0] act$read_address;
    reg  act$read_clock;
    wire  [7:0] act$read_data;
    reg  [9:0] act$write_address;
    reg  act$write_clock;
    reg  [7:0] act$write_data;
    reg  act$write_enable;
    reg  [7:0] bias$read_address;
    reg  bias$read_clock;
    wire  [31:0] bias$read_data;
    reg  [7:0] bias$write_address;
    reg  bias$write_clock;
    reg  [31:0] bias$write_data;
    reg  bias$write_enable;
    reg  [7:0] mult$read_address;
    reg  mult$read_clock;
    wire  [31:0] mult$read_data;
    reg  [7:0] mult$write_address;
    reg  mult$write_clock;
    reg  [31:0] mult$write_data;
    reg  mult$write_enable;
    reg  [7:0] shift$read_address;
    reg  shift$read_clock;
    wire  [5:0] shift$read_data;
    reg  [7:0] shift$write_address;
    reg  shift$write_clock;
    reg  [5:0] shift$write_data;
    reg  shift$write_enable;
    reg  [5:0] imem_lo$read_address;
    reg  imem_lo$read_clock;
    wire  [31:0] imem_lo$read_data;
    reg  [5:0] imem_lo$write_address;
    reg  imem_lo$write_clock;
    reg  [31:0] imem_lo$write_data;
    reg  imem_lo$write_enable;
    reg  [5:0] imem_hi$read_address;
    reg  imem_hi$read_clock;
    wire  [31:0] imem_hi$read_data;
    reg  [5:0] imem_hi$write_address;
    reg  imem_hi$write_clock;
    reg  [31:0] imem_hi$write_data;
    reg  imem_hi$write_enable;
    reg  c_cycles$clock;
    reg  c_cycles$clear;
    reg  c_cycles$en;
    wire  [31:0] c_cycles$value;
    reg  c_busy$clock;
    reg  c_busy$clear;
    reg  c_busy$en;
    wire  [31:0] c_busy$value;
    reg  c_macs$clock;
    reg  c_macs$clear;
    reg  [4:0] c_macs$inc;
    wire  [31:0] c_macs$value;
    reg  c_w_reads$clock;
    reg  c_w_reads$clear;
    reg  c_w_reads$en;
    wire  [31:0] c_w_reads$value;
    reg  c_a_reads$clock;
    reg  c_a_reads$clear;
    reg  c_a_reads$en;
    wire  [31:0] c_a_reads$value;
    reg  c_a_writes$clock;
    reg  c_a_writes$clear;
    reg  c_a_writes$en;
    wire  [31:0] c_a_writes$value;
    reg  c_p_reads$clock;
    reg  c_p_reads$clear;
    reg  c_p_reads$en;
    wire  [31:0] c_p_reads$value;
    reg  c_i_reads$clock;
    reg  c_i_reads$clear;
    reg  c_i_reads$en;
    wire  [31:0] c_i_reads$value;
    
    // Local signals
    reg  stopped;
    reg  c_clear;
    
    // Sub module instances
    gridcore_tile$host host(
        .clock(host$clock),
        .reset(host$reset),
        .stopped(host$stopped),
        .we(host$we),
        .re(host$re),
        .sel(host$sel),
        .addr(host$addr),
        .wdata(host$wdata),
        .act_rdata(host$act_rdata),
        .rdata(host$rdata),
        .rvalid(host$rvalid),
        .bad(host$bad),
        .act_re(host$act_re),
        .wr_addr(host$wr_addr),
        .wr_data(host$wr_data),
        .act_we(host$act_we),
        .bias_we(host$bias_we),
        .mult_we(host$mult_we),
        .shift_we(host$shift_we),
        .ilo_we(host$ilo_we),
        .ihi_we(host$ihi_we),
        .w_we(host$w_we),
        .w_lane(host$w_lane),
        .w_word(host$w_word)
    );
    gridcore_tile$seq seq(
        .clock(seq$clock),
        .reset(seq$reset),
        .start(seq$start),
        .host_access(seq$host_access),
        .host_bad(seq$host_bad),
        .instr(seq$instr),
        .chk_pass(seq$chk_pass),
        .chk_err(seq$chk_err),
        .fc_done(seq$fc_done),
        .ir(seq$ir),
        .decode(seq$decode),
        .setl_decode(seq$setl_decode),
        .fc_decode(seq$fc_decode),
        .settle(seq$settle),
        .check(seq$check),
        .run(seq$run),
        .done(seq$done),
        .error(seq$error),
        .err_code(seq$err_code),
        .pc(seq$pc),
        .cycle_en(seq$cycle_en),
        .fetch_en(seq$fetch_en),
        .clear(seq$clear)
    );
    gridcore_tile$layer layer(
        .clock(layer$clock),
        .reset(layer$reset),
        .ir(layer$ir),
        .settle(layer$settle),
        .setl_decode(layer$setl_decode),
        .fc_decode(layer$fc_decode),
        .aux_valid(layer$aux_valid),
        .aux_p(layer$aux_p),
        .aux_next(layer$aux_next),
        .aux_a(layer$aux_a),
        .aux_b(layer$aux_b),
        .k(layer$k),
        .n(layer$n),
        .b1(layer$b1),
        .bm1(layer$bm1),
        .km2(layer$km2),
        .nm2(layer$nm2),
        .nml(layer$nml),
        .nmk(layer$nmk),
        .k_lt_l(layer$k_lt_l),
        .relu(layer$relu),
        .zp(layer$zp),
        .pbase(layer$pbase),
        .kd0(layer$kd0),
        .single(layer$single),
        .first_n(layer$first_n),
        .km2_full(layer$km2_full),
        .km2_last(layer$km2_last),
        .chk_pass(layer$chk_pass),
        .chk_err(layer$chk_err)
    );
    gridcore_tile$engine engine(
        .clock(engine$clock),
        .reset(engine$reset),
        .decode(engine$decode),
        .check(engine$check),
        .chk_pass(engine$chk_pass),
        .ir(engine$ir),
        .k(engine$k),
        .n(engine$n),
        .b1(engine$b1),
        .bm1(engine$bm1),
        .km2(engine$km2),
        .nm2(engine$nm2),
        .nml(engine$nml),
        .nmk(engine$nmk),
        .k_lt_l(engine$k_lt_l),
        .kd0(engine$kd0),
        .single(engine$single),
        .first_n(engine$first_n),
        .km2_full(engine$km2_full),
        .km2_last(engine$km2_last),
        .issue(engine$issue),
        .x_addr(engine$x_addr),
        .w_addr(engine$w_addr),
        .issue_n(engine$issue_n),
        .w_read(engine$w_read),
        .p3_valid(engine$p3_valid),
        .p3_first(engine$p3_first),
        .p3_b(engine$p3_b),
        .p4_last(engine$p4_last),
        .p4_ch(engine$p4_ch),
        .p4_n(engine$p4_n),
        .p4_lastg(engine$p4_lastg)
    );
    gridcore_tile$drain drain(
        .clock(drain$clock),
        .reset(drain$reset),
        .check(drain$check),
        .ir(drain$ir),
        .start(drain$start),
        .ch(drain$ch),
        .n(drain$n),
        .lastg(drain$lastg),
        .b1(drain$b1),
        .bm1(drain$bm1),
        .layer_n(drain$layer_n),
        .pbase(drain$pbase),
        .head(drain$head),
        .entry(drain$entry),
        .b(drain$b),
        .paddr(drain$paddr),
        .valid(drain$valid),
        .last(drain$last),
        .addr(drain$addr),
        .value(drain$value)
    );
    gridcore_tile$lanes$0 lanes$0(
        .clock(lanes$0$clock),
        .reset(lanes$0$reset),
        .w_we(lanes$0$w_we),
        .w_waddr(lanes$0$w_waddr),
        .w_wdata(lanes$0$w_wdata),
        .w_raddr(lanes$0$w_raddr),
        .w_out(lanes$0$w_out),
        .prod_in(lanes$0$prod_in),
        .acc_en(lanes$0$acc_en),
        .acc_first(lanes$0$acc_first),
        .acc_b(lanes$0$acc_b),
        .shadow_load(lanes$0$shadow_load),
        .drain_b(lanes$0$drain_b),
        .shadow_shift(lanes$0$shadow_shift),
        .chain_in0(lanes$0$chain_in0),
        .chain_in1(lanes$0$chain_in1),
        .chain_in2(lanes$0$chain_in2),
        .chain_in3(lanes$0$chain_in3),
        .shadow0(lanes$0$shadow0),
        .shadow1(lanes$0$shadow1),
        .shadow2(lanes$0$shadow2),
        .shadow3(lanes$0$shadow3),
        .shadow_out(lanes$0$shadow_out)
    );
    gridcore_tile$lanes$1 lanes$1(
        .clock(lanes$1$clock),
        .reset(lanes$1$reset),
        .w_we(lanes$1$w_we),
        .w_waddr(lanes$1$w_waddr),
        .w_wdata(lanes$1$w_wdata),
        .w_raddr(lanes$1$w_raddr),
        .w_out(lanes$1$w_out),
        .prod_in(lanes$1$prod_in),
        .acc_en(lanes$1$acc_en),
        .acc_first(lanes$1$acc_first),
        .acc_b(lanes$1$acc_b),
        .shadow_load(lanes$1$shadow_load),
        .drain_b(lanes$1$drain_b),
        .shadow_shift(lanes$1$shadow_shift),
        .chain_in0(lanes$1$chain_in0),
        .chain_in1(lanes$1$chain_in1),
        .chain_in2(lanes$1$chain_in2),
        .chain_in3(lanes$1$chain_in3),
        .shadow0(lanes$1$shadow0),
        .shadow1(lanes$1$shadow1),
        .shadow2(lanes$1$shadow2),
        .shadow3(lanes$1$shadow3),
        .shadow_out(lanes$1$shadow_out)
    );
    gridcore_tile$lanes$2 lanes$2(
        .clock(lanes$2$clock),
        .reset(lanes$2$reset),
        .w_we(lanes$2$w_we),
        .w_waddr(lanes$2$w_waddr),
        .w_wdata(lanes$2$w_wdata),
        .w_raddr(lanes$2$w_raddr),
        .w_out(lanes$2$w_out),
        .prod_in(lanes$2$prod_in),
        .acc_en(lanes$2$acc_en),
        .acc_first(lanes$2$acc_first),
        .acc_b(lanes$2$acc_b),
        .shadow_load(lanes$2$shadow_load),
        .drain_b(lanes$2$drain_b),
        .shadow_shift(lanes$2$shadow_shift),
        .chain_in0(lanes$2$chain_in0),
        .chain_in1(lanes$2$chain_in1),
        .chain_in2(lanes$2$chain_in2),
        .chain_in3(lanes$2$chain_in3),
        .shadow0(lanes$2$shadow0),
        .shadow1(lanes$2$shadow1),
        .shadow2(lanes$2$shadow2),
        .shadow3(lanes$2$shadow3),
        .shadow_out(lanes$2$shadow_out)
    );
    gridcore_tile$lanes$3 lanes$3(
        .clock(lanes$3$clock),
        .reset(lanes$3$reset),
        .w_we(lanes$3$w_we),
        .w_waddr(lanes$3$w_waddr),
        .w_wdata(lanes$3$w_wdata),
        .w_raddr(lanes$3$w_raddr),
        .w_out(lanes$3$w_out),
        .prod_in(lanes$3$prod_in),
        .acc_en(lanes$3$acc_en),
        .acc_first(lanes$3$acc_first),
        .acc_b(lanes$3$acc_b),
        .shadow_load(lanes$3$shadow_load),
        .drain_b(lanes$3$drain_b),
        .shadow_shift(lanes$3$shadow_shift),
        .chain_in0(lanes$3$chain_in0),
        .chain_in1(lanes$3$chain_in1),
        .chain_in2(lanes$3$chain_in2),
        .chain_in3(lanes$3$chain_in3),
        .shadow0(lanes$3$shadow0),
        .shadow1(lanes$3$shadow1),
        .shadow2(lanes$3$shadow2),
        .shadow3(lanes$3$shadow3),
        .shadow_out(lanes$3$shadow_out)
    );
    gridcore_tile$lanes$4 lanes$4(
        .clock(lanes$4$clock),
        .reset(lanes$4$reset),
        .w_we(lanes$4$w_we),
        .w_waddr(lanes$4$w_waddr),
        .w_wdata(lanes$4$w_wdata),
        .w_raddr(lanes$4$w_raddr),
        .w_out(lanes$4$w_out),
        .prod_in(lanes$4$prod_in),
        .acc_en(lanes$4$acc_en),
        .acc_first(lanes$4$acc_first),
        .acc_b(lanes$4$acc_b),
        .shadow_load(lanes$4$shadow_load),
        .drain_b(lanes$4$drain_b),
        .shadow_shift(lanes$4$shadow_shift),
        .chain_in0(lanes$4$chain_in0),
        .chain_in1(lanes$4$chain_in1),
        .chain_in2(lanes$4$chain_in2),
        .chain_in3(lanes$4$chain_in3),
        .shadow0(lanes$4$shadow0),
        .shadow1(lanes$4$shadow1),
        .shadow2(lanes$4$shadow2),
        .shadow3(lanes$4$shadow3),
        .shadow_out(lanes$4$shadow_out)
    );
    gridcore_tile$lanes$5 lanes$5(
        .clock(lanes$5$clock),
        .reset(lanes$5$reset),
        .w_we(lanes$5$w_we),
        .w_waddr(lanes$5$w_waddr),
        .w_wdata(lanes$5$w_wdata),
        .w_raddr(lanes$5$w_raddr),
        .w_out(lanes$5$w_out),
        .prod_in(lanes$5$prod_in),
        .acc_en(lanes$5$acc_en),
        .acc_first(lanes$5$acc_first),
        .acc_b(lanes$5$acc_b),
        .shadow_load(lanes$5$shadow_load),
        .drain_b(lanes$5$drain_b),
        .shadow_shift(lanes$5$shadow_shift),
        .chain_in0(lanes$5$chain_in0),
        .chain_in1(lanes$5$chain_in1),
        .chain_in2(lanes$5$chain_in2),
        .chain_in3(lanes$5$chain_in3),
        .shadow0(lanes$5$shadow0),
        .shadow1(lanes$5$shadow1),
        .shadow2(lanes$5$shadow2),
        .shadow3(lanes$5$shadow3),
        .shadow_out(lanes$5$shadow_out)
    );
    gridcore_tile$lanes$6 lanes$6(
        .clock(lanes$6$clock),
        .reset(lanes$6$reset),
        .w_we(lanes$6$w_we),
        .w_waddr(lanes$6$w_waddr),
        .w_wdata(lanes$6$w_wdata),
        .w_raddr(lanes$6$w_raddr),
        .w_out(lanes$6$w_out),
        .prod_in(lanes$6$prod_in),
        .acc_en(lanes$6$acc_en),
        .acc_first(lanes$6$acc_first),
        .acc_b(lanes$6$acc_b),
        .shadow_load(lanes$6$shadow_load),
        .drain_b(lanes$6$drain_b),
        .shadow_shift(lanes$6$shadow_shift),
        .chain_in0(lanes$6$chain_in0),
        .chain_in1(lanes$6$chain_in1),
        .chain_in2(lanes$6$chain_in2),
        .chain_in3(lanes$6$chain_in3),
        .shadow0(lanes$6$shadow0),
        .shadow1(lanes$6$shadow1),
        .shadow2(lanes$6$shadow2),
        .shadow3(lanes$6$shadow3),
        .shadow_out(lanes$6$shadow_out)
    );
    gridcore_tile$lanes$7 lanes$7(
        .clock(lanes$7$clock),
        .reset(lanes$7$reset),
        .w_we(lanes$7$w_we),
        .w_waddr(lanes$7$w_waddr),
        .w_wdata(lanes$7$w_wdata),
        .w_raddr(lanes$7$w_raddr),
        .w_out(lanes$7$w_out),
        .prod_in(lanes$7$prod_in),
        .acc_en(lanes$7$acc_en),
        .acc_first(lanes$7$acc_first),
        .acc_b(lanes$7$acc_b),
        .shadow_load(lanes$7$shadow_load),
        .drain_b(lanes$7$drain_b),
        .shadow_shift(lanes$7$shadow_shift),
        .chain_in0(lanes$7$chain_in0),
        .chain_in1(lanes$7$chain_in1),
        .chain_in2(lanes$7$chain_in2),
        .chain_in3(lanes$7$chain_in3),
        .shadow0(lanes$7$shadow0),
        .shadow1(lanes$7$shadow1),
        .shadow2(lanes$7$shadow2),
        .shadow3(lanes$7$shadow3),
        .shadow_out(lanes$7$shadow_out)
    );
    gridcore_tile$lanes$8 lanes$8(
        .clock(lanes$8$clock),
        .reset(lanes$8$reset),
        .w_we(lanes$8$w_we),
        .w_waddr(lanes$8$w_waddr),
        .w_wdata(lanes$8$w_wdata),
        .w_raddr(lanes$8$w_raddr),
        .w_out(lanes$8$w_out),
        .prod_in(lanes$8$prod_in),
        .acc_en(lanes$8$acc_en),
        .acc_first(lanes$8$acc_first),
        .acc_b(lanes$8$acc_b),
        .shadow_load(lanes$8$shadow_load),
        .drain_b(lanes$8$drain_b),
        .shadow_shift(lanes$8$shadow_shift),
        .chain_in0(lanes$8$chain_in0),
        .chain_in1(lanes$8$chain_in1),
        .chain_in2(lanes$8$chain_in2),
        .chain_in3(lanes$8$chain_in3),
        .shadow0(lanes$8$shadow0),
        .shadow1(lanes$8$shadow1),
        .shadow2(lanes$8$shadow2),
        .shadow3(lanes$8$shadow3),
        .shadow_out(lanes$8$shadow_out)
    );
    gridcore_tile$lanes$9 lanes$9(
        .clock(lanes$9$clock),
        .reset(lanes$9$reset),
        .w_we(lanes$9$w_we),
        .w_waddr(lanes$9$w_waddr),
        .w_wdata(lanes$9$w_wdata),
        .w_raddr(lanes$9$w_raddr),
        .w_out(lanes$9$w_out),
        .prod_in(lanes$9$prod_in),
        .acc_en(lanes$9$acc_en),
        .acc_first(lanes$9$acc_first),
        .acc_b(lanes$9$acc_b),
        .shadow_load(lanes$9$shadow_load),
        .drain_b(lanes$9$drain_b),
        .shadow_shift(lanes$9$shadow_shift),
        .chain_in0(lanes$9$chain_in0),
        .chain_in1(lanes$9$chain_in1),
        .chain_in2(lanes$9$chain_in2),
        .chain_in3(lanes$9$chain_in3),
        .shadow0(lanes$9$shadow0),
        .shadow1(lanes$9$shadow1),
        .shadow2(lanes$9$shadow2),
        .shadow3(lanes$9$shadow3),
        .shadow_out(lanes$9$shadow_out)
    );
    gridcore_tile$lanes$10 lanes$10(
        .clock(lanes$10$clock),
        .reset(lanes$10$reset),
        .w_we(lanes$10$w_we),
        .w_waddr(lanes$10$w_waddr),
        .w_wdata(lanes$10$w_wdata),
        .w_raddr(lanes$10$w_raddr),
        .w_out(lanes$10$w_out),
        .prod_in(lanes$10$prod_in),
        .acc_en(lanes$10$acc_en),
        .acc_first(lanes$10$acc_first),
        .acc_b(lanes$10$acc_b),
        .shadow_load(lanes$10$shadow_load),
        .drain_b(lanes$10$drain_b),
        .shadow_shift(lanes$10$shadow_shift),
        .chain_in0(lanes$10$chain_in0),
        .chain_in1(lanes$10$chain_in1),
        .chain_in2(lanes$10$chain_in2),
        .chain_in3(lanes$10$chain_in3),
        .shadow0(lanes$10$shadow0),
        .shadow1(lanes$10$shadow1),
        .shadow2(lanes$10$shadow2),
        .shadow3(lanes$10$shadow3),
        .shadow_out(lanes$10$shadow_out)
    );
    gridcore_tile$lanes$11 lanes$11(
        .clock(lanes$11$clock),
        .reset(lanes$11$reset),
        .w_we(lanes$11$w_we),
        .w_waddr(lanes$11$w_waddr),
        .w_wdata(lanes$11$w_wdata),
        .w_raddr(lanes$11$w_raddr),
        .w_out(lanes$11$w_out),
        .prod_in(lanes$11$prod_in),
        .acc_en(lanes$11$acc_en),
        .acc_first(lanes$11$acc_first),
        .acc_b(lanes$11$acc_b),
        .shadow_load(lanes$11$shadow_load),
        .drain_b(lanes$11$drain_b),
        .shadow_shift(lanes$11$shadow_shift),
        .chain_in0(lanes$11$chain_in0),
        .chain_in1(lanes$11$chain_in1),
        .chain_in2(lanes$11$chain_in2),
        .chain_in3(lanes$11$chain_in3),
        .shadow0(lanes$11$shadow0),
        .shadow1(lanes$11$shadow1),
        .shadow2(lanes$11$shadow2),
        .shadow3(lanes$11$shadow3),
        .shadow_out(lanes$11$shadow_out)
    );
    gridcore_tile$lanes$12 lanes$12(
        .clock(lanes$12$clock),
        .reset(lanes$12$reset),
        .w_we(lanes$12$w_we),
        .w_waddr(lanes$12$w_waddr),
        .w_wdata(lanes$12$w_wdata),
        .w_raddr(lanes$12$w_raddr),
        .w_out(lanes$12$w_out),
        .prod_in(lanes$12$prod_in),
        .acc_en(lanes$12$acc_en),
        .acc_first(lanes$12$acc_first),
        .acc_b(lanes$12$acc_b),
        .shadow_load(lanes$12$shadow_load),
        .drain_b(lanes$12$drain_b),
        .shadow_shift(lanes$12$shadow_shift),
        .chain_in0(lanes$12$chain_in0),
        .chain_in1(lanes$12$chain_in1),
        .chain_in2(lanes$12$chain_in2),
        .chain_in3(lanes$12$chain_in3),
        .shadow0(lanes$12$shadow0),
        .shadow1(lanes$12$shadow1),
        .shadow2(lanes$12$shadow2),
        .shadow3(lanes$12$shadow3),
        .shadow_out(lanes$12$shadow_out)
    );
    gridcore_tile$lanes$13 lanes$13(
        .clock(lanes$13$clock),
        .reset(lanes$13$reset),
        .w_we(lanes$13$w_we),
        .w_waddr(lanes$13$w_waddr),
        .w_wdata(lanes$13$w_wdata),
        .w_raddr(lanes$13$w_raddr),
        .w_out(lanes$13$w_out),
        .prod_in(lanes$13$prod_in),
        .acc_en(lanes$13$acc_en),
        .acc_first(lanes$13$acc_first),
        .acc_b(lanes$13$acc_b),
        .shadow_load(lanes$13$shadow_load),
        .drain_b(lanes$13$drain_b),
        .shadow_shift(lanes$13$shadow_shift),
        .chain_in0(lanes$13$chain_in0),
        .chain_in1(lanes$13$chain_in1),
        .chain_in2(lanes$13$chain_in2),
        .chain_in3(lanes$13$chain_in3),
        .shadow0(lanes$13$shadow0),
        .shadow1(lanes$13$shadow1),
        .shadow2(lanes$13$shadow2),
        .shadow3(lanes$13$shadow3),
        .shadow_out(lanes$13$shadow_out)
    );
    gridcore_tile$lanes$14 lanes$14(
        .clock(lanes$14$clock),
        .reset(lanes$14$reset),
        .w_we(lanes$14$w_we),
        .w_waddr(lanes$14$w_waddr),
        .w_wdata(lanes$14$w_wdata),
        .w_raddr(lanes$14$w_raddr),
        .w_out(lanes$14$w_out),
        .prod_in(lanes$14$prod_in),
        .acc_en(lanes$14$acc_en),
        .acc_first(lanes$14$acc_first),
        .acc_b(lanes$14$acc_b),
        .shadow_load(lanes$14$shadow_load),
        .drain_b(lanes$14$drain_b),
        .shadow_shift(lanes$14$shadow_shift),
        .chain_in0(lanes$14$chain_in0),
        .chain_in1(lanes$14$chain_in1),
        .chain_in2(lanes$14$chain_in2),
        .chain_in3(lanes$14$chain_in3),
        .shadow0(lanes$14$shadow0),
        .shadow1(lanes$14$shadow1),
        .shadow2(lanes$14$shadow2),
        .shadow3(lanes$14$shadow3),
        .shadow_out(lanes$14$shadow_out)
    );
    gridcore_tile$lanes$15 lanes$15(
        .clock(lanes$15$clock),
        .reset(lanes$15$reset),
        .w_we(lanes$15$w_we),
        .w_waddr(lanes$15$w_waddr),
        .w_wdata(lanes$15$w_wdata),
        .w_raddr(lanes$15$w_raddr),
        .w_out(lanes$15$w_out),
        .prod_in(lanes$15$prod_in),
        .acc_en(lanes$15$acc_en),
        .acc_first(lanes$15$acc_first),
        .acc_b(lanes$15$acc_b),
        .shadow_load(lanes$15$shadow_load),
        .drain_b(lanes$15$drain_b),
        .shadow_shift(lanes$15$shadow_shift),
        .chain_in0(lanes$15$chain_in0),
        .chain_in1(lanes$15$chain_in1),
        .chain_in2(lanes$15$chain_in2),
        .chain_in3(lanes$15$chain_in3),
        .shadow0(lanes$15$shadow0),
        .shadow1(lanes$15$shadow1),
        .shadow2(lanes$15$shadow2),
        .shadow3(lanes$15$shadow3),
        .shadow_out(lanes$15$shadow_out)
    );
    gridcore_tile$muls$0 muls$0(
        .clock(muls$0$clock),
        .x(muls$0$x),
        .w0(muls$0$w0),
        .w1(muls$0$w1),
        .p0(muls$0$p0),
        .p1(muls$0$p1)
    );
    gridcore_tile$muls$1 muls$1(
        .clock(muls$1$clock),
        .x(muls$1$x),
        .w0(muls$1$w0),
        .w1(muls$1$w1),
        .p0(muls$1$p0),
        .p1(muls$1$p1)
    );
    gridcore_tile$muls$2 muls$2(
        .clock(muls$2$clock),
        .x(muls$2$x),
        .w0(muls$2$w0),
        .w1(muls$2$w1),
        .p0(muls$2$p0),
        .p1(muls$2$p1)
    );
    gridcore_tile$muls$3 muls$3(
        .clock(muls$3$clock),
        .x(muls$3$x),
        .w0(muls$3$w0),
        .w1(muls$3$w1),
        .p0(muls$3$p0),
        .p1(muls$3$p1)
    );
    gridcore_tile$muls$4 muls$4(
        .clock(muls$4$clock),
        .x(muls$4$x),
        .w0(muls$4$w0),
        .w1(muls$4$w1),
        .p0(muls$4$p0),
        .p1(muls$4$p1)
    );
    gridcore_tile$muls$5 muls$5(
        .clock(muls$5$clock),
        .x(muls$5$x),
        .w0(muls$5$w0),
        .w1(muls$5$w1),
        .p0(muls$5$p0),
        .p1(muls$5$p1)
    );
    gridcore_tile$muls$6 muls$6(
        .clock(muls$6$clock),
        .x(muls$6$x),
        .w0(muls$6$w0),
        .w1(muls$6$w1),
        .p0(muls$6$p0),
        .p1(muls$6$p1)
    );
    gridcore_tile$muls$7 muls$7(
        .clock(muls$7$clock),
        .x(muls$7$x),
        .w0(muls$7$w0),
        .w1(muls$7$w1),
        .p0(muls$7$p0),
        .p1(muls$7$p1)
    );
    gridcore_tile$rq rq(
        .clock(rq$clock),
        .reset(rq$reset),
        .in_valid(rq$in_valid),
        .in_last(rq$in_last),
        .in_acc(rq$in_acc),
        .in_addr(rq$in_addr),
        .bias(rq$bias),
        .mult(rq$mult),
        .shift(rq$shift),
        .zp(rq$zp),
        .relu(rq$relu),
        .out_valid(rq$out_valid),
        .out_last(rq$out_last),
        .out_y(rq$out_y),
        .out_addr(rq$out_addr),
        .aux_next(rq$aux_next),
        .aux_a(rq$aux_a),
        .aux_b(rq$aux_b),
        .aux_p(rq$aux_p),
        .aux_valid(rq$aux_valid)
    );
    gridcore_tile$act act(
        .read_address(act$read_address),
        .read_clock(act$read_clock),
        .read_data(act$read_data),
        .write_address(act$write_address),
        .write_clock(act$write_clock),
        .write_data(act$write_data),
        .write_enable(act$write_enable)
    );
    gridcore_tile$bias bias(
        .read_address(bias$read_address),
        .read_clock(bias$read_clock),
        .read_data(bias$read_data),
        .write_address(bias$write_address),
        .write_clock(bias$write_clock),
        .write_data(bias$write_data),
        .write_enable(bias$write_enable)
    );
    gridcore_tile$mult mult(
        .read_address(mult$read_address),
        .read_clock(mult$read_clock),
        .read_data(mult$read_data),
        .write_address(mult$write_address),
        .write_clock(mult$write_clock),
        .write_data(mult$write_data),
        .write_enable(mult$write_enable)
    );
    gridcore_tile$shift shift(
        .read_address(shift$read_address),
        .read_clock(shift$read_clock),
        .read_data(shift$read_data),
        .write_address(shift$write_address),
        .write_clock(shift$write_clock),
        .write_data(shift$write_data),
        .write_enable(shift$write_enable)
    );
    gridcore_tile$imem_lo imem_lo(
        .read_address(imem_lo$read_address),
        .read_clock(imem_lo$read_clock),
        .read_data(imem_lo$read_data),
        .write_address(imem_lo$write_address),
        .write_clock(imem_lo$write_clock),
        .write_data(imem_lo$write_data),
        .write_enable(imem_lo$write_enable)
    );
    gridcore_tile$imem_hi imem_hi(
        .read_address(imem_hi$read_address),
        .read_clock(imem_hi$read_clock),
        .read_data(imem_hi$read_data),
        .write_address(imem_hi$write_address),
        .write_clock(imem_hi$write_clock),
        .write_data(imem_hi$write_data),
        .write_enable(imem_hi$write_enable)
    );
    gridcore_tile$c_cycles c_cycles(
        .clock(c_cycles$clock),
        .clear(c_cycles$clear),
        .en(c_cycles$en),
        .value(c_cycles$value)
    );
    gridcore_tile$c_busy c_busy(
        .clock(c_busy$clock),
        .clear(c_busy$clear),
        .en(c_busy$en),
        .value(c_busy$value)
    );
    gridcore_tile$c_macs c_macs(
        .clock(c_macs$clock),
        .clear(c_macs$clear),
        .inc(c_macs$inc),
        .value(c_macs$value)
    );
    gridcore_tile$c_w_reads c_w_reads(
        .clock(c_w_reads$clock),
        .clear(c_w_reads$clear),
        .en(c_w_reads$en),
        .value(c_w_reads$value)
    );
    gridcore_tile$c_a_reads c_a_reads(
        .clock(c_a_reads$clock),
        .clear(c_a_reads$clear),
        .en(c_a_reads$en),
        .value(c_a_reads$value)
    );
    gridcore_tile$c_a_writes c_a_writes(
        .clock(c_a_writes$clock),
        .clear(c_a_writes$clear),
        .en(c_a_writes$en),
        .value(c_a_writes$value)
    );
    gridcore_tile$c_p_reads c_p_reads(
        .clock(c_p_reads$clock),
        .clear(c_p_reads$clear),
        .en(c_p_reads$en),
        .value(c_p_reads$value)
    );
    gridcore_tile$c_i_reads c_i_reads(
        .clock(c_i_reads$clock),
        .clear(c_i_reads$clear),
        .en(c_i_reads$en),
        .value(c_i_reads$value)
    );
    
    // Update code
    always @(*) begin
        seq$clock = clock;
        seq$reset = reset;
        seq$start = start;
        seq$host_access = host_we | host_re;
        seq$host_bad = host$bad;
        seq$instr = (((imem_hi$read_data) & 64'hffffffffffffffff) << 32'h20) | ((imem_lo$read_data) & 64'hffffffffffffffff);
        seq$chk_pass = layer$chk_pass;
        seq$chk_err = layer$chk_err;
        seq$fc_done = rq$out_valid & rq$out_last;
        stopped = ~seq$run;
        host$clock = clock;
        host$reset = reset;
        host$stopped = stopped;
        host$we = host_we;
        host$re = host_re;
        host$sel = host_sel;
        host$addr = host_addr;
        host$wdata = host_wdata;
        host$act_rdata = act$read_data;
        busy = ~stopped;
        done = seq$done;
        error = seq$error;
        err_code = seq$err_code;
        pc = seq$pc;
        host_rvalid = host$rvalid;
        host_rdata = host$rdata;
        layer$clock = clock;
        layer$reset = reset;
        layer$ir = seq$ir;
        layer$settle = seq$settle;
        layer$setl_decode = seq$setl_decode;
        layer$fc_decode = seq$fc_decode;
        layer$aux_valid = rq$aux_valid;
        layer$aux_p = rq$aux_p;
        rq$aux_next = layer$aux_next;
        rq$aux_a = layer$aux_a;
        rq$aux_b = layer$aux_b;
        engine$clock = clock;
        engine$reset = reset;
        engine$decode = seq$decode;
        engine$check = seq$check;
        engine$chk_pass = layer$chk_pass;
        engine$ir = seq$ir;
        engine$k = layer$k;
        engine$n = layer$n;
        engine$b1 = layer$b1;
        engine$bm1 = layer$bm1;
        engine$km2 = layer$km2;
        engine$nm2 = layer$nm2;
        engine$nml = layer$nml;
        engine$nmk = layer$nmk;
        engine$k_lt_l = layer$k_lt_l;
        engine$kd0 = layer$kd0;
        engine$single = layer$single;
        engine$first_n = layer$first_n;
        engine$km2_full = layer$km2_full;
        engine$km2_last = layer$km2_last;
        drain$clock = clock;
        drain$reset = reset;
        drain$check = seq$check;
        drain$ir = seq$ir;
        drain$start = engine$p4_last;
        drain$ch = engine$p4_ch;
        drain$n = engine$p4_n;
        drain$lastg = engine$p4_lastg;
        drain$b1 = layer$b1;
        drain$bm1 = layer$bm1;
        drain$layer_n = layer$n;
        drain$pbase = layer$pbase;
        drain$head = lanes$0$shadow_out;
        rq$clock = clock;
        rq$reset = reset;
        rq$in_valid = drain$valid;
        rq$in_last = drain$last;
        rq$in_addr = drain$addr;
        rq$in_acc = drain$value;
        rq$bias = bias$read_data;
        rq$mult = mult$read_data;
        rq$shift = shift$read_data;
        rq$zp = layer$zp;
        rq$relu = layer$relu;
        act$read_clock = clock;
        act$write_clock = clock;
        bias$read_clock = clock;
        bias$write_clock = clock;
        mult$read_clock = clock;
        mult$write_clock = clock;
        shift$read_clock = clock;
        shift$write_clock = clock;
        imem_lo$read_clock = clock;
        imem_lo$write_clock = clock;
        imem_hi$read_clock = clock;
        imem_hi$write_clock = clock;
        act$read_address = ((engine$x_addr) & 10'h3ff);
        if (host$act_re) begin
            act$read_address = ((host_addr) & 10'h3ff);
        end
        act$write_address = ((rq$out_addr) & 10'h3ff);
        act$write_data = rq$out_y;
        act$write_enable = rq$out_valid;
        if (stopped) begin
            act$write_address = ((host$wr_addr) & 10'h3ff);
            act$write_data = host$wr_data[(32'h0)+:(8)];
            act$write_enable = host$act_we;
        end
        if (reset) begin
            act$write_enable = stopped & host$act_we;
        end
        bias$read_address = ((drain$paddr) & 8'hff);
        mult$read_address = ((drain$paddr) & 8'hff);
        shift$read_address = ((drain$paddr) & 8'hff);
        bias$write_address = ((host$wr_addr) & 8'hff);
        mult$write_address = ((host$wr_addr) & 8'hff);
        shift$write_address = ((host$wr_addr) & 8'hff);
        bias$write_data = host$wr_data;
        mult$write_data = host$wr_data;
        shift$write_data = host$wr_data[(32'h0)+:(6)];
        bias$write_enable = host$bias_we;
        mult$write_enable = host$mult_we;
        shift$write_enable = host$shift_we;
        imem_lo$read_address = ((seq$pc) & 6'h3f);
        imem_hi$read_address = ((seq$pc) & 6'h3f);
        imem_lo$write_address = ((host$wr_addr >> 32'h1) & 6'h3f);
        imem_hi$write_address = ((host$wr_addr >> 32'h1) & 6'h3f);
        imem_lo$write_data = host$wr_data;
        imem_hi$write_data = host$wr_data;
        imem_lo$write_enable = host$ilo_we;
        imem_hi$write_enable = host$ihi_we;
        muls$0$clock = clock;
        muls$0$x = act$read_data;
        muls$0$w0 = lanes$0$w_out;
        muls$0$w1 = lanes$1$w_out;
        lanes$0$prod_in = muls$0$p0;
        lanes$1$prod_in = muls$0$p1;
        muls$1$clock = clock;
        muls$1$x = act$read_data;
        muls$1$w0 = lanes$2$w_out;
        muls$1$w1 = lanes$3$w_out;
        lanes$2$prod_in = muls$1$p0;
        lanes$3$prod_in = muls$1$p1;
        muls$2$clock = clock;
        muls$2$x = act$read_data;
        muls$2$w0 = lanes$4$w_out;
        muls$2$w1 = lanes$5$w_out;
        lanes$4$prod_in = muls$2$p0;
        lanes$5$prod_in = muls$2$p1;
        muls$3$clock = clock;
        muls$3$x = act$read_data;
        muls$3$w0 = lanes$6$w_out;
        muls$3$w1 = lanes$7$w_out;
        lanes$6$prod_in = muls$3$p0;
        lanes$7$prod_in = muls$3$p1;
        muls$4$clock = clock;
        muls$4$x = act$read_data;
        muls$4$w0 = lanes$8$w_out;
        muls$4$w1 = lanes$9$w_out;
        lanes$8$prod_in = muls$4$p0;
        lanes$9$prod_in = muls$4$p1;
        muls$5$clock = clock;
        muls$5$x = act$read_data;
        muls$5$w0 = lanes$10$w_out;
        muls$5$w1 = lanes$11$w_out;
        lanes$10$prod_in = muls$5$p0;
        lanes$11$prod_in = muls$5$p1;
        muls$6$clock = clock;
        muls$6$x = act$read_data;
        muls$6$w0 = lanes$12$w_out;
        muls$6$w1 = lanes$13$w_out;
        lanes$12$prod_in = muls$6$p0;
        lanes$13$prod_in = muls$6$p1;
        muls$7$clock = clock;
        muls$7$x = act$read_data;
        muls$7$w0 = lanes$14$w_out;
        muls$7$w1 = lanes$15$w_out;
        lanes$14$prod_in = muls$7$p0;
        lanes$15$prod_in = muls$7$p1;
        lanes$0$clock = clock;
        lanes$0$reset = reset;
        lanes$0$w_we = host$w_we & (host$w_lane == 0);
        lanes$0$w_waddr = ((host$w_word) & 9'h1ff);
        lanes$0$w_wdata = host$wr_data[(32'h0)+:(8)];
        lanes$0$w_raddr = ((engine$w_addr) & 9'h1ff);
        lanes$0$acc_en = engine$p3_valid;
        lanes$0$acc_first = engine$p3_first;
        lanes$0$acc_b = engine$p3_b;
        lanes$0$shadow_load = engine$p4_last;
        lanes$0$shadow_shift = drain$entry;
        lanes$0$drain_b = drain$b;
        lanes$0$chain_in0 = 32'h0;
        lanes$0$chain_in1 = 32'h0;
        lanes$0$chain_in2 = 32'h0;
        lanes$0$chain_in3 = 32'h0;
        lanes$1$clock = clock;
        lanes$1$reset = reset;
        lanes$1$w_we = host$w_we & (host$w_lane == 1);
        lanes$1$w_waddr = ((host$w_word) & 9'h1ff);
        lanes$1$w_wdata = host$wr_data[(32'h0)+:(8)];
        lanes$1$w_raddr = ((engine$w_addr) & 9'h1ff);
        lanes$1$acc_en = engine$p3_valid;
        lanes$1$acc_first = engine$p3_first;
        lanes$1$acc_b = engine$p3_b;
        lanes$1$shadow_load = engine$p4_last;
        lanes$1$shadow_shift = drain$entry;
        lanes$1$drain_b = drain$b;
        lanes$1$chain_in0 = 32'h0;
        lanes$1$chain_in1 = 32'h0;
        lanes$1$chain_in2 = 32'h0;
        lanes$1$chain_in3 = 32'h0;
        lanes$2$clock = clock;
        lanes$2$reset = reset;
        lanes$2$w_we = host$w_we & (host$w_lane == 2);
        lanes$2$w_waddr = ((host$w_word) & 9'h1ff);
        lanes$2$w_wdata = host$wr_data[(32'h0)+:(8)];
        lanes$2$w_raddr = ((engine$w_addr) & 9'h1ff);
        lanes$2$acc_en = engine$p3_valid;
        lanes$2$acc_first = engine$p3_first;
        lanes$2$acc_b = engine$p3_b;
        lanes$2$shadow_load = engine$p4_last;
        lanes$2$shadow_shift = drain$entry;
        lanes$2$drain_b = drain$b;
        lanes$2$chain_in0 = 32'h0;
        lanes$2$chain_in1 = 32'h0;
        lanes$2$chain_in2 = 32'h0;
        lanes$2$chain_in3 = 32'h0;
        lanes$3$clock = clock;
        lanes$3$reset = reset;
        lanes$3$w_we = host$w_we & (host$w_lane == 3);
        lanes$3$w_waddr = ((host$w_word) & 9'h1ff);
        lanes$3$w_wdata = host$wr_data[(32'h0)+:(8)];
        lanes$3$w_raddr = ((engine$w_addr) & 9'h1ff);
        lanes$3$acc_en = engine$p3_valid;
        lanes$3$acc_first = engine$p3_first;
        lanes$3$acc_b = engine$p3_b;
        lanes$3$shadow_load = engine$p4_last;
        lanes$3$shadow_shift = drain$entry;
        lanes$3$drain_b = drain$b;
        lanes$3$chain_in0 = 32'h0;
        lanes$3$chain_in1 = 32'h0;
        lanes$3$chain_in2 = 32'h0;
        lanes$3$chain_in3 = 32'h0;
        lanes$4$clock = clock;
        lanes$4$reset = reset;
        lanes$4$w_we = host$w_we & (host$w_lane == 4);
        lanes$4$w_waddr = ((host$w_word) & 9'h1ff);
        lanes$4$w_wdata = host$wr_data[(32'h0)+:(8)];
        lanes$4$w_raddr = ((engine$w_addr) & 9'h1ff);
        lanes$4$acc_en = engine$p3_valid;
        lanes$4$acc_first = engine$p3_first;
        lanes$4$acc_b = engine$p3_b;
        lanes$4$shadow_load = engine$p4_last;
        lanes$4$shadow_shift = drain$entry;
        lanes$4$drain_b = drain$b;
        lanes$4$chain_in0 = 32'h0;
        lanes$4$chain_in1 = 32'h0;
        lanes$4$chain_in2 = 32'h0;
        lanes$4$chain_in3 = 32'h0;
        lanes$5$clock = clock;
        lanes$5$reset = reset;
        lanes$5$w_we = host$w_we & (host$w_lane == 5);
        lanes$5$w_waddr = ((host$w_word) & 9'h1ff);
        lanes$5$w_wdata = host$wr_data[(32'h0)+:(8)];
        lanes$5$w_raddr = ((engine$w_addr) & 9'h1ff);
        lanes$5$acc_en = engine$p3_valid;
        lanes$5$acc_first = engine$p3_first;
        lanes$5$acc_b = engine$p3_b;
        lanes$5$shadow_load = engine$p4_last;
        lanes$5$shadow_shift = drain$entry;
        lanes$5$drain_b = drain$b;
        lanes$5$chain_in0 = 32'h0;
        lanes$5$chain_in1 = 32'h0;
        lanes$5$chain_in2 = 32'h0;
        lanes$5$chain_in3 = 32'h0;
        lanes$6$clock = clock;
        lanes$6$reset = reset;
        lanes$6$w_we = host$w_we & (host$w_lane == 6);
        lanes$6$w_waddr = ((host$w_word) & 9'h1ff);
        lanes$6$w_wdata = host$wr_data[(32'h0)+:(8)];
        lanes$6$w_raddr = ((engine$w_addr) & 9'h1ff);
        lanes$6$acc_en = engine$p3_valid;
        lanes$6$acc_first = engine$p3_first;
        lanes$6$acc_b = engine$p3_b;
        lanes$6$shadow_load = engine$p4_last;
        lanes$6$shadow_shift = drain$entry;
        lanes$6$drain_b = drain$b;
        lanes$6$chain_in0 = 32'h0;
        lanes$6$chain_in1 = 32'h0;
        lanes$6$chain_in2 = 32'h0;
        lanes$6$chain_in3 = 32'h0;
        lanes$7$clock = clock;
        lanes$7$reset = reset;
        lanes$7$w_we = host$w_we & (host$w_lane == 7);
        lanes$7$w_waddr = ((host$w_word) & 9'h1ff);
        lanes$7$w_wdata = host$wr_data[(32'h0)+:(8)];
        lanes$7$w_raddr = ((engine$w_addr) & 9'h1ff);
        lanes$7$acc_en = engine$p3_valid;
        lanes$7$acc_first = engine$p3_first;
        lanes$7$acc_b = engine$p3_b;
        lanes$7$shadow_load = engine$p4_last;
        lanes$7$shadow_shift = drain$entry;
        lanes$7$drain_b = drain$b;
        lanes$7$chain_in0 = 32'h0;
        lanes$7$chain_in1 = 32'h0;
        lanes$7$chain_in2 = 32'h0;
        lanes$7$chain_in3 = 32'h0;
        lanes$8$clock = clock;
        lanes$8$reset = reset;
        lanes$8$w_we = host$w_we & (host$w_lane == 8);
        lanes$8$w_waddr = ((host$w_word) & 9'h1ff);
        lanes$8$w_wdata = host$wr_data[(32'h0)+:(8)];
        lanes$8$w_raddr = ((engine$w_addr) & 9'h1ff);
        lanes$8$acc_en = engine$p3_valid;
        lanes$8$acc_first = engine$p3_first;
        lanes$8$acc_b = engine$p3_b;
        lanes$8$shadow_load = engine$p4_last;
        lanes$8$shadow_shift = drain$entry;
        lanes$8$drain_b = drain$b;
        lanes$8$chain_in0 = 32'h0;
        lanes$8$chain_in1 = 32'h0;
        lanes$8$chain_in2 = 32'h0;
        lanes$8$chain_in3 = 32'h0;
        lanes$9$clock = clock;
        lanes$9$reset = reset;
        lanes$9$w_we = host$w_we & (host$w_lane == 9);
        lanes$9$w_waddr = ((host$w_word) & 9'h1ff);
        lanes$9$w_wdata = host$wr_data[(32'h0)+:(8)];
        lanes$9$w_raddr = ((engine$w_addr) & 9'h1ff);
        lanes$9$acc_en = engine$p3_valid;
        lanes$9$acc_first = engine$p3_first;
        lanes$9$acc_b = engine$p3_b;
        lanes$9$shadow_load = engine$p4_last;
        lanes$9$shadow_shift = drain$entry;
        lanes$9$drain_b = drain$b;
        lanes$9$chain_in0 = 32'h0;
        lanes$9$chain_in1 = 32'h0;
        lanes$9$chain_in2 = 32'h0;
        lanes$9$chain_in3 = 32'h0;
        lanes$10$clock = clock;
        lanes$10$reset = reset;
        lanes$10$w_we = host$w_we & (host$w_lane == 10);
        lanes$10$w_waddr = ((host$w_word) & 9'h1ff);
        lanes$10$w_wdata = host$wr_data[(32'h0)+:(8)];
        lanes$10$w_raddr = ((engine$w_addr) & 9'h1ff);
        lanes$10$acc_en = engine$p3_valid;
        lanes$10$acc_first = engine$p3_first;
        lanes$10$acc_b = engine$p3_b;
        lanes$10$shadow_load = engine$p4_last;
        lanes$10$shadow_shift = drain$entry;
        lanes$10$drain_b = drain$b;
        lanes$10$chain_in0 = 32'h0;
        lanes$10$chain_in1 = 32'h0;
        lanes$10$chain_in2 = 32'h0;
        lanes$10$chain_in3 = 32'h0;
        lanes$11$clock = clock;
        lanes$11$reset = reset;
        lanes$11$w_we = host$w_we & (host$w_lane == 11);
        lanes$11$w_waddr = ((host$w_word) & 9'h1ff);
        lanes$11$w_wdata = host$wr_data[(32'h0)+:(8)];
        lanes$11$w_raddr = ((engine$w_addr) & 9'h1ff);
        lanes$11$acc_en = engine$p3_valid;
        lanes$11$acc_first = engine$p3_first;
        lanes$11$acc_b = engine$p3_b;
        lanes$11$shadow_load = engine$p4_last;
        lanes$11$shadow_shift = drain$entry;
        lanes$11$drain_b = drain$b;
        lanes$11$chain_in0 = 32'h0;
        lanes$11$chain_in1 = 32'h0;
        lanes$11$chain_in2 = 32'h0;
        lanes$11$chain_in3 = 32'h0;
        lanes$12$clock = clock;
        lanes$12$reset = reset;
        lanes$12$w_we = host$w_we & (host$w_lane == 12);
        lanes$12$w_waddr = ((host$w_word) & 9'h1ff);
        lanes$12$w_wdata = host$wr_data[(32'h0)+:(8)];
        lanes$12$w_raddr = ((engine$w_addr) & 9'h1ff);
        lanes$12$acc_en = engine$p3_valid;
        lanes$12$acc_first = engine$p3_first;
        lanes$12$acc_b = engine$p3_b;
        lanes$12$shadow_load = engine$p4_last;
        lanes$12$shadow_shift = drain$entry;
        lanes$12$drain_b = drain$b;
        lanes$12$chain_in0 = 32'h0;
        lanes$12$chain_in1 = 32'h0;
        lanes$12$chain_in2 = 32'h0;
        lanes$12$chain_in3 = 32'h0;
        lanes$13$clock = clock;
        lanes$13$reset = reset;
        lanes$13$w_we = host$w_we & (host$w_lane == 13);
        lanes$13$w_waddr = ((host$w_word) & 9'h1ff);
        lanes$13$w_wdata = host$wr_data[(32'h0)+:(8)];
        lanes$13$w_raddr = ((engine$w_addr) & 9'h1ff);
        lanes$13$acc_en = engine$p3_valid;
        lanes$13$acc_first = engine$p3_first;
        lanes$13$acc_b = engine$p3_b;
        lanes$13$shadow_load = engine$p4_last;
        lanes$13$shadow_shift = drain$entry;
        lanes$13$drain_b = drain$b;
        lanes$13$chain_in0 = 32'h0;
        lanes$13$chain_in1 = 32'h0;
        lanes$13$chain_in2 = 32'h0;
        lanes$13$chain_in3 = 32'h0;
        lanes$14$clock = clock;
        lanes$14$reset = reset;
        lanes$14$w_we = host$w_we & (host$w_lane == 14);
        lanes$14$w_waddr = ((host$w_word) & 9'h1ff);
        lanes$14$w_wdata = host$wr_data[(32'h0)+:(8)];
        lanes$14$w_raddr = ((engine$w_addr) & 9'h1ff);
        lanes$14$acc_en = engine$p3_valid;
        lanes$14$acc_first = engine$p3_first;
        lanes$14$acc_b = engine$p3_b;
        lanes$14$shadow_load = engine$p4_last;
        lanes$14$shadow_shift = drain$entry;
        lanes$14$drain_b = drain$b;
        lanes$14$chain_in0 = 32'h0;
        lanes$14$chain_in1 = 32'h0;
        lanes$14$chain_in2 = 32'h0;
        lanes$14$chain_in3 = 32'h0;
        lanes$15$clock = clock;
        lanes$15$reset = reset;
        lanes$15$w_we = host$w_we & (host$w_lane == 15);
        lanes$15$w_waddr = ((host$w_word) & 9'h1ff);
        lanes$15$w_wdata = host$wr_data[(32'h0)+:(8)];
        lanes$15$w_raddr = ((engine$w_addr) & 9'h1ff);
        lanes$15$acc_en = engine$p3_valid;
        lanes$15$acc_first = engine$p3_first;
        lanes$15$acc_b = engine$p3_b;
        lanes$15$shadow_load = engine$p4_last;
        lanes$15$shadow_shift = drain$entry;
        lanes$15$drain_b = drain$b;
        lanes$15$chain_in0 = 32'h0;
        lanes$15$chain_in1 = 32'h0;
        lanes$15$chain_in2 = 32'h0;
        lanes$15$chain_in3 = 32'h0;
        lanes$0$chain_in0 = lanes$1$shadow0;
        lanes$0$chain_in1 = lanes$1$shadow1;
        lanes$0$chain_in2 = lanes$1$shadow2;
        lanes$0$chain_in3 = lanes$1$shadow3;
        lanes$1$chain_in0 = lanes$2$shadow0;
        lanes$1$chain_in1 = lanes$2$shadow1;
        lanes$1$chain_in2 = lanes$2$shadow2;
        lanes$1$chain_in3 = lanes$2$shadow3;
        lanes$2$chain_in0 = lanes$3$shadow0;
        lanes$2$chain_in1 = lanes$3$shadow1;
        lanes$2$chain_in2 = lanes$3$shadow2;
        lanes$2$chain_in3 = lanes$3$shadow3;
        lanes$3$chain_in0 = lanes$4$shadow0;
        lanes$3$chain_in1 = lanes$4$shadow1;
        lanes$3$chain_in2 = lanes$4$shadow2;
        lanes$3$chain_in3 = lanes$4$shadow3;
        lanes$4$chain_in0 = lanes$5$shadow0;
        lanes$4$chain_in1 = lanes$5$shadow1;
        lanes$4$chain_in2 = lanes$5$shadow2;
        lanes$4$chain_in3 = lanes$5$shadow3;
        lanes$5$chain_in0 = lanes$6$shadow0;
        lanes$5$chain_in1 = lanes$6$shadow1;
        lanes$5$chain_in2 = lanes$6$shadow2;
        lanes$5$chain_in3 = lanes$6$shadow3;
        lanes$6$chain_in0 = lanes$7$shadow0;
        lanes$6$chain_in1 = lanes$7$shadow1;
        lanes$6$chain_in2 = lanes$7$shadow2;
        lanes$6$chain_in3 = lanes$7$shadow3;
        lanes$7$chain_in0 = lanes$8$shadow0;
        lanes$7$chain_in1 = lanes$8$shadow1;
        lanes$7$chain_in2 = lanes$8$shadow2;
        lanes$7$chain_in3 = lanes$8$shadow3;
        lanes$8$chain_in0 = lanes$9$shadow0;
        lanes$8$chain_in1 = lanes$9$shadow1;
        lanes$8$chain_in2 = lanes$9$shadow2;
        lanes$8$chain_in3 = lanes$9$shadow3;
        lanes$9$chain_in0 = lanes$10$shadow0;
        lanes$9$chain_in1 = lanes$10$shadow1;
        lanes$9$chain_in2 = lanes$10$shadow2;
        lanes$9$chain_in3 = lanes$10$shadow3;
        lanes$10$chain_in0 = lanes$11$shadow0;
        lanes$10$chain_in1 = lanes$11$shadow1;
        lanes$10$chain_in2 = lanes$11$shadow2;
        lanes$10$chain_in3 = lanes$11$shadow3;
        lanes$11$chain_in0 = lanes$12$shadow0;
        lanes$11$chain_in1 = lanes$12$shadow1;
        lanes$11$chain_in2 = lanes$12$shadow2;
        lanes$11$chain_in3 = lanes$12$shadow3;
        lanes$12$chain_in0 = lanes$13$shadow0;
        lanes$12$chain_in1 = lanes$13$shadow1;
        lanes$12$chain_in2 = lanes$13$shadow2;
        lanes$12$chain_in3 = lanes$13$shadow3;
        lanes$13$chain_in0 = lanes$14$shadow0;
        lanes$13$chain_in1 = lanes$14$shadow1;
        lanes$13$chain_in2 = lanes$14$shadow2;
        lanes$13$chain_in3 = lanes$14$shadow3;
        lanes$14$chain_in0 = lanes$15$shadow0;
        lanes$14$chain_in1 = lanes$15$shadow1;
        lanes$14$chain_in2 = lanes$15$shadow2;
        lanes$14$chain_in3 = lanes$15$shadow3;
        c_clear = reset | seq$clear;
        c_cycles$clock = clock;
        c_cycles$clear = c_clear;
        c_cycles$en = seq$cycle_en;
        c_busy$clock = clock;
        c_busy$clear = c_clear;
        c_busy$en = engine$issue;
        c_macs$clock = clock;
        c_macs$clear = c_clear;
        c_macs$inc = engine$issue_n;
        c_w_reads$clock = clock;
        c_w_reads$clear = c_clear;
        c_w_reads$en = engine$w_read;
        c_a_reads$clock = clock;
        c_a_reads$clear = c_clear;
        c_a_reads$en = engine$issue;
        c_a_writes$clock = clock;
        c_a_writes$clear = c_clear;
        c_a_writes$en = rq$out_valid;
        c_p_reads$clock = clock;
        c_p_reads$clear = c_clear;
        c_p_reads$en = drain$entry;
        c_i_reads$clock = clock;
        c_i_reads$clear = c_clear;
        c_i_reads$en = seq$fetch_en;
        cnt_cycles = c_cycles$value;
        cnt_busy = c_busy$value;
        cnt_macs = c_macs$value;
        cnt_w_reads = c_w_reads$value;
        cnt_a_reads = c_a_reads$value;
        cnt_a_writes = c_a_writes$value;
        cnt_p_reads = c_p_reads$value;
        cnt_i_reads = c_i_reads$value;
    end
    
endmodule // top


module gridcore_tile$act(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [9:0] read_address;
    input wire  read_clock;
    output reg  [7:0] read_data;
    input wire  [9:0] write_address;
    input wire  write_clock;
    input wire  [7:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *) reg[7:0] mem[1023:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // gridcore_tile$act


module gridcore_tile$bias(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [7:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [7:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *) reg[31:0] mem[255:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // gridcore_tile$bias


module gridcore_tile$c_a_reads(clock,clear,en,value);
    
    // Module arguments
    input wire  clock;
    input wire  clear;
    input wire  en;
    output reg  [31:0] value;
    
    // Stub signals
    reg  [15:0] lo$d;
    wire  [15:0] lo$q;
    reg  lo$clock;
    reg  [15:0] hi$d;
    wire  [15:0] hi$q;
    reg  hi$clock;
    reg  [15:0] hi_p1$d;
    wire  [15:0] hi_p1$q;
    reg  hi_p1$clock;
    reg  lo_ones$d;
    wire  lo_ones$q;
    reg  lo_ones$clock;
    
    // Local signals
    reg  [15:0] hi_flip;
    
    // Sub module instances
    gridcore_tile$c_a_reads$lo lo(
        .d(lo$d),
        .q(lo$q),
        .clock(lo$clock)
    );
    gridcore_tile$c_a_reads$hi hi(
        .d(hi$d),
        .q(hi$q),
        .clock(hi$clock)
    );
    gridcore_tile$c_a_reads$hi_p1 hi_p1(
        .d(hi_p1$d),
        .q(hi_p1$q),
        .clock(hi_p1$clock)
    );
    gridcore_tile$c_a_reads$lo_ones lo_ones(
        .d(lo_ones$d),
        .q(lo_ones$q),
        .clock(lo_ones$clock)
    );
    
    // Update code
    always @(*) begin
        lo$clock = clock;
        hi$clock = clock;
        hi_p1$clock = clock;
        lo_ones$clock = clock;
        lo$d = lo$q;
        hi$d = hi$q;
        hi_p1$d = hi_p1$q;
        lo_ones$d = lo_ones$q;
        lo$d = lo$q + ((en) & 16'hffff);
        hi_p1$d = hi$q + 32'h1;
        hi_flip = 32'h0;
        if (en & lo_ones$q) begin
            hi_flip = hi$q ^ hi_p1$q;
        end
        hi$d = hi$q ^ hi_flip;
        lo_ones$d = lo$q == 32'hffff;
        if (en) begin
            lo_ones$d = lo$q == 32'hfffe;
        end
        if (clear) begin
            lo$d = 32'h0;
            hi$d = 32'h0;
            lo_ones$d = 1'b0;
        end
        value = (((hi$q) & 32'hffffffff) << 32'h10) | ((lo$q) & 32'hffffffff);
    end
    
endmodule // gridcore_tile$c_a_reads


module gridcore_tile$c_a_reads$hi(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$c_a_reads$hi


module gridcore_tile$c_a_reads$hi_p1(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$c_a_reads$hi_p1


module gridcore_tile$c_a_reads$lo(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$c_a_reads$lo


module gridcore_tile$c_a_reads$lo_ones(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$c_a_reads$lo_ones


module gridcore_tile$c_a_writes(clock,clear,en,value);
    
    // Module arguments
    input wire  clock;
    input wire  clear;
    input wire  en;
    output reg  [31:0] value;
    
    // Stub signals
    reg  [15:0] lo$d;
    wire  [15:0] lo$q;
    reg  lo$clock;
    reg  [15:0] hi$d;
    wire  [15:0] hi$q;
    reg  hi$clock;
    reg  [15:0] hi_p1$d;
    wire  [15:0] hi_p1$q;
    reg  hi_p1$clock;
    reg  lo_ones$d;
    wire  lo_ones$q;
    reg  lo_ones$clock;
    
    // Local signals
    reg  [15:0] hi_flip;
    
    // Sub module instances
    gridcore_tile$c_a_writes$lo lo(
        .d(lo$d),
        .q(lo$q),
        .clock(lo$clock)
    );
    gridcore_tile$c_a_writes$hi hi(
        .d(hi$d),
        .q(hi$q),
        .clock(hi$clock)
    );
    gridcore_tile$c_a_writes$hi_p1 hi_p1(
        .d(hi_p1$d),
        .q(hi_p1$q),
        .clock(hi_p1$clock)
    );
    gridcore_tile$c_a_writes$lo_ones lo_ones(
        .d(lo_ones$d),
        .q(lo_ones$q),
        .clock(lo_ones$clock)
    );
    
    // Update code
    always @(*) begin
        lo$clock = clock;
        hi$clock = clock;
        hi_p1$clock = clock;
        lo_ones$clock = clock;
        lo$d = lo$q;
        hi$d = hi$q;
        hi_p1$d = hi_p1$q;
        lo_ones$d = lo_ones$q;
        lo$d = lo$q + ((en) & 16'hffff);
        hi_p1$d = hi$q + 32'h1;
        hi_flip = 32'h0;
        if (en & lo_ones$q) begin
            hi_flip = hi$q ^ hi_p1$q;
        end
        hi$d = hi$q ^ hi_flip;
        lo_ones$d = lo$q == 32'hffff;
        if (en) begin
            lo_ones$d = lo$q == 32'hfffe;
        end
        if (clear) begin
            lo$d = 32'h0;
            hi$d = 32'h0;
            lo_ones$d = 1'b0;
        end
        value = (((hi$q) & 32'hffffffff) << 32'h10) | ((lo$q) & 32'hffffffff);
    end
    
endmodule // gridcore_tile$c_a_writes


module gridcore_tile$c_a_writes$hi(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$c_a_writes$hi


module gridcore_tile$c_a_writes$hi_p1(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$c_a_writes$hi_p1


module gridcore_tile$c_a_writes$lo(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$c_a_writes$lo


module gridcore_tile$c_a_writes$lo_ones(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$c_a_writes$lo_ones


module gridcore_tile$c_busy(clock,clear,en,value);
    
    // Module arguments
    input wire  clock;
    input wire  clear;
    input wire  en;
    output reg  [31:0] value;
    
    // Stub signals
    reg  [15:0] lo$d;
    wire  [15:0] lo$q;
    reg  lo$clock;
    reg  [15:0] hi$d;
    wire  [15:0] hi$q;
    reg  hi$clock;
    reg  [15:0] hi_p1$d;
    wire  [15:0] hi_p1$q;
    reg  hi_p1$clock;
    reg  lo_ones$d;
    wire  lo_ones$q;
    reg  lo_ones$clock;
    
    // Local signals
    reg  [15:0] hi_flip;
    
    // Sub module instances
    gridcore_tile$c_busy$lo lo(
        .d(lo$d),
        .q(lo$q),
        .clock(lo$clock)
    );
    gridcore_tile$c_busy$hi hi(
        .d(hi$d),
        .q(hi$q),
        .clock(hi$clock)
    );
    gridcore_tile$c_busy$hi_p1 hi_p1(
        .d(hi_p1$d),
        .q(hi_p1$q),
        .clock(hi_p1$clock)
    );
    gridcore_tile$c_busy$lo_ones lo_ones(
        .d(lo_ones$d),
        .q(lo_ones$q),
        .clock(lo_ones$clock)
    );
    
    // Update code
    always @(*) begin
        lo$clock = clock;
        hi$clock = clock;
        hi_p1$clock = clock;
        lo_ones$clock = clock;
        lo$d = lo$q;
        hi$d = hi$q;
        hi_p1$d = hi_p1$q;
        lo_ones$d = lo_ones$q;
        lo$d = lo$q + ((en) & 16'hffff);
        hi_p1$d = hi$q + 32'h1;
        hi_flip = 32'h0;
        if (en & lo_ones$q) begin
            hi_flip = hi$q ^ hi_p1$q;
        end
        hi$d = hi$q ^ hi_flip;
        lo_ones$d = lo$q == 32'hffff;
        if (en) begin
            lo_ones$d = lo$q == 32'hfffe;
        end
        if (clear) begin
            lo$d = 32'h0;
            hi$d = 32'h0;
            lo_ones$d = 1'b0;
        end
        value = (((hi$q) & 32'hffffffff) << 32'h10) | ((lo$q) & 32'hffffffff);
    end
    
endmodule // gridcore_tile$c_busy


module gridcore_tile$c_busy$hi(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$c_busy$hi


module gridcore_tile$c_busy$hi_p1(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$c_busy$hi_p1


module gridcore_tile$c_busy$lo(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$c_busy$lo


module gridcore_tile$c_busy$lo_ones(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$c_busy$lo_ones


module gridcore_tile$c_cycles(clock,clear,en,value);
    
    // Module arguments
    input wire  clock;
    input wire  clear;
    input wire  en;
    output reg  [31:0] value;
    
    // Stub signals
    reg  [15:0] lo$d;
    wire  [15:0] lo$q;
    reg  lo$clock;
    reg  [15:0] hi$d;
    wire  [15:0] hi$q;
    reg  hi$clock;
    reg  [15:0] hi_p1$d;
    wire  [15:0] hi_p1$q;
    reg  hi_p1$clock;
    reg  lo_ones$d;
    wire  lo_ones$q;
    reg  lo_ones$clock;
    
    // Local signals
    reg  [15:0] hi_flip;
    
    // Sub module instances
    gridcore_tile$c_cycles$lo lo(
        .d(lo$d),
        .q(lo$q),
        .clock(lo$clock)
    );
    gridcore_tile$c_cycles$hi hi(
        .d(hi$d),
        .q(hi$q),
        .clock(hi$clock)
    );
    gridcore_tile$c_cycles$hi_p1 hi_p1(
        .d(hi_p1$d),
        .q(hi_p1$q),
        .clock(hi_p1$clock)
    );
    gridcore_tile$c_cycles$lo_ones lo_ones(
        .d(lo_ones$d),
        .q(lo_ones$q),
        .clock(lo_ones$clock)
    );
    
    // Update code
    always @(*) begin
        lo$clock = clock;
        hi$clock = clock;
        hi_p1$clock = clock;
        lo_ones$clock = clock;
        lo$d = lo$q;
        hi$d = hi$q;
        hi_p1$d = hi_p1$q;
        lo_ones$d = lo_ones$q;
        lo$d = lo$q + ((en) & 16'hffff);
        hi_p1$d = hi$q + 32'h1;
        hi_flip = 32'h0;
        if (en & lo_ones$q) begin
            hi_flip = hi$q ^ hi_p1$q;
        end
        hi$d = hi$q ^ hi_flip;
        lo_ones$d = lo$q == 32'hffff;
        if (en) begin
            lo_ones$d = lo$q == 32'hfffe;
        end
        if (clear) begin
            lo$d = 32'h0;
            hi$d = 32'h0;
            lo_ones$d = 1'b0;
        end
        value = (((hi$q) & 32'hffffffff) << 32'h10) | ((lo$q) & 32'hffffffff);
    end
    
endmodule // gridcore_tile$c_cycles


module gridcore_tile$c_cycles$hi(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$c_cycles$hi


module gridcore_tile$c_cycles$hi_p1(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$c_cycles$hi_p1


module gridcore_tile$c_cycles$lo(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$c_cycles$lo


module gridcore_tile$c_cycles$lo_ones(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$c_cycles$lo_ones


module gridcore_tile$c_i_reads(clock,clear,en,value);
    
    // Module arguments
    input wire  clock;
    input wire  clear;
    input wire  en;
    output reg  [31:0] value;
    
    // Stub signals
    reg  [15:0] lo$d;
    wire  [15:0] lo$q;
    reg  lo$clock;
    reg  [15:0] hi$d;
    wire  [15:0] hi$q;
    reg  hi$clock;
    reg  [15:0] hi_p1$d;
    wire  [15:0] hi_p1$q;
    reg  hi_p1$clock;
    reg  lo_ones$d;
    wire  lo_ones$q;
    reg  lo_ones$clock;
    
    // Local signals
    reg  [15:0] hi_flip;
    
    // Sub module instances
    gridcore_tile$c_i_reads$lo lo(
        .d(lo$d),
        .q(lo$q),
        .clock(lo$clock)
    );
    gridcore_tile$c_i_reads$hi hi(
        .d(hi$d),
        .q(hi$q),
        .clock(hi$clock)
    );
    gridcore_tile$c_i_reads$hi_p1 hi_p1(
        .d(hi_p1$d),
        .q(hi_p1$q),
        .clock(hi_p1$clock)
    );
    gridcore_tile$c_i_reads$lo_ones lo_ones(
        .d(lo_ones$d),
        .q(lo_ones$q),
        .clock(lo_ones$clock)
    );
    
    // Update code
    always @(*) begin
        lo$clock = clock;
        hi$clock = clock;
        hi_p1$clock = clock;
        lo_ones$clock = clock;
        lo$d = lo$q;
        hi$d = hi$q;
        hi_p1$d = hi_p1$q;
        lo_ones$d = lo_ones$q;
        lo$d = lo$q + ((en) & 16'hffff);
        hi_p1$d = hi$q + 32'h1;
        hi_flip = 32'h0;
        if (en & lo_ones$q) begin
            hi_flip = hi$q ^ hi_p1$q;
        end
        hi$d = hi$q ^ hi_flip;
        lo_ones$d = lo$q == 32'hffff;
        if (en) begin
            lo_ones$d = lo$q == 32'hfffe;
        end
        if (clear) begin
            lo$d = 32'h0;
            hi$d = 32'h0;
            lo_ones$d = 1'b0;
        end
        value = (((hi$q) & 32'hffffffff) << 32'h10) | ((lo$q) & 32'hffffffff);
    end
    
endmodule // gridcore_tile$c_i_reads


module gridcore_tile$c_i_reads$hi(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$c_i_reads$hi


module gridcore_tile$c_i_reads$hi_p1(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$c_i_reads$hi_p1


module gridcore_tile$c_i_reads$lo(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$c_i_reads$lo


module gridcore_tile$c_i_reads$lo_ones(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$c_i_reads$lo_ones


module gridcore_tile$c_macs(clock,clear,inc,value);
    
    // Module arguments
    input wire  clock;
    input wire  clear;
    input wire  [4:0] inc;
    output reg  [31:0] value;
    
    // Stub signals
    reg  [16:0] lo$d;
    wire  [16:0] lo$q;
    reg  lo$clock;
    reg  [15:0] hi$d;
    wire  [15:0] hi$q;
    reg  hi$clock;
    reg  [15:0] hi_p1$d;
    wire  [15:0] hi_p1$q;
    reg  hi_p1$clock;
    
    // Local signals
    reg  [15:0] hi_flip;
    reg  [15:0] hi_shown;
    
    // Sub module instances
    gridcore_tile$c_macs$lo lo(
        .d(lo$d),
        .q(lo$q),
        .clock(lo$clock)
    );
    gridcore_tile$c_macs$hi hi(
        .d(hi$d),
        .q(hi$q),
        .clock(hi$clock)
    );
    gridcore_tile$c_macs$hi_p1 hi_p1(
        .d(hi_p1$d),
        .q(hi_p1$q),
        .clock(hi_p1$clock)
    );
    
    // Update code
    always @(*) begin
        lo$clock = clock;
        hi$clock = clock;
        hi_p1$clock = clock;
        lo$d = lo$q;
        hi$d = hi$q;
        hi_p1$d = hi_p1$q;
        lo$d = ((lo$q[(32'h0)+:(16)]) & 17'h1ffff) + ((inc) & 17'h1ffff);
        hi_p1$d = hi$q + 32'h1;
        hi_flip = 32'h0;
        if (lo$q[32'h10]) begin
            hi_flip = hi$q ^ hi_p1$q;
        end
        hi$d = hi$q ^ hi_flip;
        if (clear) begin
            lo$d = 32'h0;
            hi$d = 32'h0;
        end
        hi_shown = hi$q;
        if (lo$q[32'h10]) begin
            hi_shown = hi_p1$q;
        end
        value = (((hi_shown) & 32'hffffffff) << 32'h10) | ((lo$q[(32'h0)+:(16)]) & 32'hffffffff);
    end
    
endmodule // gridcore_tile$c_macs


module gridcore_tile$c_macs$hi(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$c_macs$hi


module gridcore_tile$c_macs$hi_p1(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$c_macs$hi_p1


module gridcore_tile$c_macs$lo(d,q,clock);
    
    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 17'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$c_macs$lo


module gridcore_tile$c_p_reads(clock,clear,en,value);
    
    // Module arguments
    input wire  clock;
    input wire  clear;
    input wire  en;
    output reg  [31:0] value;
    
    // Stub signals
    reg  [15:0] lo$d;
    wire  [15:0] lo$q;
    reg  lo$clock;
    reg  [15:0] hi$d;
    wire  [15:0] hi$q;
    reg  hi$clock;
    reg  [15:0] hi_p1$d;
    wire  [15:0] hi_p1$q;
    reg  hi_p1$clock;
    reg  lo_ones$d;
    wire  lo_ones$q;
    reg  lo_ones$clock;
    
    // Local signals
    reg  [15:0] hi_flip;
    
    // Sub module instances
    gridcore_tile$c_p_reads$lo lo(
        .d(lo$d),
        .q(lo$q),
        .clock(lo$clock)
    );
    gridcore_tile$c_p_reads$hi hi(
        .d(hi$d),
        .q(hi$q),
        .clock(hi$clock)
    );
    gridcore_tile$c_p_reads$hi_p1 hi_p1(
        .d(hi_p1$d),
        .q(hi_p1$q),
        .clock(hi_p1$clock)
    );
    gridcore_tile$c_p_reads$lo_ones lo_ones(
        .d(lo_ones$d),
        .q(lo_ones$q),
        .clock(lo_ones$clock)
    );
    
    // Update code
    always @(*) begin
        lo$clock = clock;
        hi$clock = clock;
        hi_p1$clock = clock;
        lo_ones$clock = clock;
        lo$d = lo$q;
        hi$d = hi$q;
        hi_p1$d = hi_p1$q;
        lo_ones$d = lo_ones$q;
        lo$d = lo$q + ((en) & 16'hffff);
        hi_p1$d = hi$q + 32'h1;
        hi_flip = 32'h0;
        if (en & lo_ones$q) begin
            hi_flip = hi$q ^ hi_p1$q;
        end
        hi$d = hi$q ^ hi_flip;
        lo_ones$d = lo$q == 32'hffff;
        if (en) begin
            lo_ones$d = lo$q == 32'hfffe;
        end
        if (clear) begin
            lo$d = 32'h0;
            hi$d = 32'h0;
            lo_ones$d = 1'b0;
        end
        value = (((hi$q) & 32'hffffffff) << 32'h10) | ((lo$q) & 32'hffffffff);
    end
    
endmodule // gridcore_tile$c_p_reads


module gridcore_tile$c_p_reads$hi(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$c_p_reads$hi


module gridcore_tile$c_p_reads$hi_p1(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$c_p_reads$hi_p1


module gridcore_tile$c_p_reads$lo(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$c_p_reads$lo


module gridcore_tile$c_p_reads$lo_ones(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$c_p_reads$lo_ones


module gridcore_tile$c_w_reads(clock,clear,en,value);
    
    // Module arguments
    input wire  clock;
    input wire  clear;
    input wire  en;
    output reg  [31:0] value;
    
    // Stub signals
    reg  [15:0] lo$d;
    wire  [15:0] lo$q;
    reg  lo$clock;
    reg  [15:0] hi$d;
    wire  [15:0] hi$q;
    reg  hi$clock;
    reg  [15:0] hi_p1$d;
    wire  [15:0] hi_p1$q;
    reg  hi_p1$clock;
    reg  lo_ones$d;
    wire  lo_ones$q;
    reg  lo_ones$clock;
    
    // Local signals
    reg  [15:0] hi_flip;
    
    // Sub module instances
    gridcore_tile$c_w_reads$lo lo(
        .d(lo$d),
        .q(lo$q),
        .clock(lo$clock)
    );
    gridcore_tile$c_w_reads$hi hi(
        .d(hi$d),
        .q(hi$q),
        .clock(hi$clock)
    );
    gridcore_tile$c_w_reads$hi_p1 hi_p1(
        .d(hi_p1$d),
        .q(hi_p1$q),
        .clock(hi_p1$clock)
    );
    gridcore_tile$c_w_reads$lo_ones lo_ones(
        .d(lo_ones$d),
        .q(lo_ones$q),
        .clock(lo_ones$clock)
    );
    
    // Update code
    always @(*) begin
        lo$clock = clock;
        hi$clock = clock;
        hi_p1$clock = clock;
        lo_ones$clock = clock;
        lo$d = lo$q;
        hi$d = hi$q;
        hi_p1$d = hi_p1$q;
        lo_ones$d = lo_ones$q;
        lo$d = lo$q + ((en) & 16'hffff);
        hi_p1$d = hi$q + 32'h1;
        hi_flip = 32'h0;
        if (en & lo_ones$q) begin
            hi_flip = hi$q ^ hi_p1$q;
        end
        hi$d = hi$q ^ hi_flip;
        lo_ones$d = lo$q == 32'hffff;
        if (en) begin
            lo_ones$d = lo$q == 32'hfffe;
        end
        if (clear) begin
            lo$d = 32'h0;
            hi$d = 32'h0;
            lo_ones$d = 1'b0;
        end
        value = (((hi$q) & 32'hffffffff) << 32'h10) | ((lo$q) & 32'hffffffff);
    end
    
endmodule // gridcore_tile$c_w_reads


module gridcore_tile$c_w_reads$hi(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$c_w_reads$hi


module gridcore_tile$c_w_reads$hi_p1(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$c_w_reads$hi_p1


module gridcore_tile$c_w_reads$lo(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$c_w_reads$lo


module gridcore_tile$c_w_reads$lo_ones(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$c_w_reads$lo_ones


module gridcore_tile$drain(clock,reset,check,ir,start,ch,n,lastg,b1,bm1,layer_n,pbase,head,entry,b,paddr,valid,last,addr,value);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  check;
    input wire  [63:0] ir;
    input wire  start;
    input wire  [11:0] ch;
    input wire  [4:0] n;
    input wire  lastg;
    input wire  b1;
    input wire  [1:0] bm1;
    input wire  [15:0] layer_n;
    input wire  [15:0] pbase;
    input wire  [26:0] head;
    output reg  entry;
    output reg  [1:0] b;
    output reg  [15:0] paddr;
    output reg  valid;
    output reg  last;
    output reg  [15:0] addr;
    output reg  [31:0] value;
    
    // Constant declarations
    localparam  drain_dm1 = 4'ha;
    localparam  mb1 = 1'b1;
    
    // Stub signals
    reg  [15:0] f_ybase$d;
    wire  [15:0] f_ybase$q;
    reg  f_ybase$clock;
    reg  dr_active$d;
    wire  dr_active$q;
    reg  dr_active$clock;
    reg  [3:0] dr_wait$d;
    wire  [3:0] dr_wait$q;
    reg  dr_wait$clock;
    reg  dr_go$d;
    wire  dr_go$q;
    reg  dr_go$clock;
    reg  [1:0] dr_b$d;
    wire  [1:0] dr_b$q;
    reg  dr_b$clock;
    reg  dr_bend$d;
    wire  dr_bend$q;
    reg  dr_bend$clock;
    reg  [5:0] dr_ld$d;
    wire  [5:0] dr_ld$q;
    reg  dr_ld$clock;
    reg  [15:0] dr_paddr$d;
    wire  [15:0] dr_paddr$q;
    reg  dr_paddr$clock;
    reg  [15:0] dr_yaddr$d;
    wire  [15:0] dr_yaddr$q;
    reg  dr_yaddr$clock;
    reg  dr_lastg$d;
    wire  dr_lastg$q;
    reg  dr_lastg$clock;
    reg  [15:0] dr_yoff$d;
    wire  [15:0] dr_yoff$q;
    reg  dr_yoff$clock;
    reg  [26:0] dr_head$d;
    wire  [26:0] dr_head$q;
    reg  dr_head$clock;
    
    // Local signals
    reg  dr_entry;
    reg  dr_bend_c;
    reg  [1:0] dr_binc;
    reg  dr_last_elem;
    
    // Sub module instances
    gridcore_tile$drain$f_ybase f_ybase(
        .d(f_ybase$d),
        .q(f_ybase$q),
        .clock(f_ybase$clock)
    );
    gridcore_tile$drain$dr_active dr_active(
        .d(dr_active$d),
        .q(dr_active$q),
        .clock(dr_active$clock)
    );
    gridcore_tile$drain$dr_wait dr_wait(
        .d(dr_wait$d),
        .q(dr_wait$q),
        .clock(dr_wait$clock)
    );
    gridcore_tile$drain$dr_go dr_go(
        .d(dr_go$d),
        .q(dr_go$q),
        .clock(dr_go$clock)
    );
    gridcore_tile$drain$dr_b dr_b(
        .d(dr_b$d),
        .q(dr_b$q),
        .clock(dr_b$clock)
    );
    gridcore_tile$drain$dr_bend dr_bend(
        .d(dr_bend$d),
        .q(dr_bend$q),
        .clock(dr_bend$clock)
    );
    gridcore_tile$drain$dr_ld dr_ld(
        .d(dr_ld$d),
        .q(dr_ld$q),
        .clock(dr_ld$clock)
    );
    gridcore_tile$drain$dr_paddr dr_paddr(
        .d(dr_paddr$d),
        .q(dr_paddr$q),
        .clock(dr_paddr$clock)
    );
    gridcore_tile$drain$dr_yaddr dr_yaddr(
        .d(dr_yaddr$d),
        .q(dr_yaddr$q),
        .clock(dr_yaddr$clock)
    );
    gridcore_tile$drain$dr_lastg dr_lastg(
        .d(dr_lastg$d),
        .q(dr_lastg$q),
        .clock(dr_lastg$clock)
    );
    gridcore_tile$drain$dr_yoff dr_yoff(
        .d(dr_yoff$d),
        .q(dr_yoff$q),
        .clock(dr_yoff$clock)
    );
    gridcore_tile$drain$dr_head dr_head(
        .d(dr_head$d),
        .q(dr_head$q),
        .clock(dr_head$clock)
    );
    
    // Update code
    always @(*) begin
        f_ybase$clock = clock;
        dr_active$clock = clock;
        dr_wait$clock = clock;
        dr_go$clock = clock;
        dr_b$clock = clock;
        dr_bend$clock = clock;
        dr_ld$clock = clock;
        dr_paddr$clock = clock;
        dr_yaddr$clock = clock;
        dr_lastg$clock = clock;
        dr_yoff$clock = clock;
        dr_head$clock = clock;
        f_ybase$d = f_ybase$q;
        dr_active$d = dr_active$q;
        dr_wait$d = dr_wait$q;
        dr_go$d = dr_go$q;
        dr_b$d = dr_b$q;
        dr_bend$d = dr_bend$q;
        dr_ld$d = dr_ld$q;
        dr_paddr$d = dr_paddr$q;
        dr_yaddr$d = dr_yaddr$q;
        dr_lastg$d = dr_lastg$q;
        dr_yoff$d = dr_yoff$q;
        dr_head$d = dr_head$q;
        b = dr_b$q;
        paddr = dr_paddr$q;
        dr_head$d = head;
        value = ((dr_head$q ^ 64'h4000000) & 32'hffffffff) - 64'h4000000;
        dr_bend_c = dr_bend$q | mb1;
        dr_last_elem = dr_bend_c & dr_ld$q[32'h5];
        dr_binc = dr_b$q + 32'h1;
        dr_entry = dr_active$q;
        if (drain_dm1 != 32'h0) begin
            dr_entry = dr_go$q;
            dr_wait$d = dr_wait$q - 32'h1;
            if (dr_entry) begin
                dr_wait$d = drain_dm1;
            end
        end
        entry = dr_entry;
        dr_go$d = dr_active$q & ~dr_entry & (dr_wait$q == 32'h1);
        valid = dr_entry;
        last = dr_entry & dr_lastg$q & dr_last_elem;
        addr = dr_yaddr$q + dr_yoff$q;
        if (dr_entry) begin
            if (dr_bend_c) begin
                dr_b$d = 32'h0;
                dr_bend$d = b1;
                dr_yoff$d = 32'h0;
                dr_ld$d = dr_ld$q - 32'h1;
                dr_paddr$d = dr_paddr$q + 32'h1;
                dr_yaddr$d = dr_yaddr$q + 32'h1;
                if (dr_last_elem) begin
                    dr_active$d = 1'b0;
                end
            end
            else begin
                dr_b$d = dr_binc;
                dr_bend$d = dr_binc == bm1;
                dr_yoff$d = dr_yoff$q + layer_n;
            end
        end
        if (start) begin
            dr_active$d = 1'b1;
            dr_wait$d = 32'h0;
            dr_go$d = 1'b1;
            dr_b$d = 32'h0;
            dr_yoff$d = 32'h0;
            dr_bend$d = b1;
            dr_ld$d = ((n) & 6'h3f) - 32'h2;
            dr_paddr$d = pbase + ((ch) & 16'hffff);
            dr_yaddr$d = f_ybase$q + ((ch) & 16'hffff);
            dr_lastg$d = lastg;
        end
        if (check) begin
            f_ybase$d = ir[(32'h20)+:(16)];
        end
        if (reset) begin
            dr_active$d = 1'b0;
            dr_go$d = 1'b0;
        end
    end
    
endmodule // gridcore_tile$drain


module gridcore_tile$drain$dr_active(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$drain$dr_active


module gridcore_tile$drain$dr_b(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$drain$dr_b


module gridcore_tile$drain$dr_bend(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$drain$dr_bend


module gridcore_tile$drain$dr_go(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$drain$dr_go


module gridcore_tile$drain$dr_head(d,q,clock);
    
    // Module arguments
    input wire  [26:0] d;
    output reg  [26:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 27'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$drain$dr_head


module gridcore_tile$drain$dr_lastg(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$drain$dr_lastg


module gridcore_tile$drain$dr_ld(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$drain$dr_ld


module gridcore_tile$drain$dr_paddr(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$drain$dr_paddr


module gridcore_tile$drain$dr_wait(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$drain$dr_wait


module gridcore_tile$drain$dr_yaddr(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$drain$dr_yaddr


module gridcore_tile$drain$dr_yoff(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$drain$dr_yoff


module gridcore_tile$drain$f_ybase(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$drain$f_ybase


module gridcore_tile$engine(clock,reset,decode,check,chk_pass,ir,k,n,b1,bm1,km2,nm2,nml,nmk,k_lt_l,kd0,single,first_n,km2_full,km2_last,issue,x_addr,w_addr,issue_n,w_read,p3_valid,p3_first,p3_b,p4_last,p4_ch,p4_n,p4_lastg);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  decode;
    input wire  check;
    input wire  chk_pass;
    input wire  [63:0] ir;
    input wire  [15:0] k;
    input wire  [15:0] n;
    input wire  b1;
    input wire  [1:0] bm1;
    input wire  [12:0] km2;
    input wire  [12:0] nm2;
    input wire  [14:0] nml;
    input wire  [14:0] nmk;
    input wire  k_lt_l;
    input wire  [12:0] kd0;
    input wire  single;
    input wire  [15:0] first_n;
    input wire  [12:0] km2_full;
    input wire  [12:0] km2_last;
    output reg  issue;
    output reg  [15:0] x_addr;
    output reg  [15:0] w_addr;
    output reg  [4:0] issue_n;
    output reg  w_read;
    output reg  p3_valid;
    output reg  p3_first;
    output reg  [1:0] p3_b;
    output reg  p4_last;
    output reg  [11:0] p4_ch;
    output reg  [4:0] p4_n;
    output reg  p4_lastg;
    
    // Constant declarations
    localparam  n_lanes = 16'h10;
    localparam  mb1 = 1'b1;
    localparam  serial_c = 1'b1;
    
    // Stub signals
    reg  [15:0] f_xbase$d;
    wire  [15:0] f_xbase$q;
    reg  f_xbase$clock;
    reg  e_active$d;
    wire  e_active$q;
    reg  e_active$clock;
    reg  [1:0] e_b$d;
    wire  [1:0] e_b$q;
    reg  e_b$clock;
    reg  [12:0] e_kd$d;
    wire  [12:0] e_kd$q;
    reg  e_kd$clock;
    reg  [12:0] e_kf$d;
    wire  [12:0] e_kf$q;
    reg  e_kf$clock;
    reg  e_kin$d;
    wire  e_kin$q;
    reg  e_kin$clock;
    reg  e_kfirst$d;
    wire  e_kfirst$q;
    reg  e_kfirst$clock;
    reg  e_bend$d;
    wire  e_bend$q;
    reg  e_bend$clock;
    reg  [15:0] e_xk$d;
    wire  [15:0] e_xk$q;
    reg  e_xk$clock;
    reg  [15:0] e_xoff$d;
    wire  [15:0] e_xoff$q;
    reg  e_xoff$clock;
    reg  [15:0] e_xaddr$d;
    wire  [15:0] e_xaddr$q;
    reg  e_xaddr$clock;
    reg  [15:0] e_waddr$d;
    wire  [15:0] e_waddr$q;
    reg  e_waddr$clock;
    reg  [15:0] e_wgroup$d;
    wire  [15:0] e_wgroup$q;
    reg  e_wgroup$clock;
    reg  [11:0] e_ch$d;
    wire  [11:0] e_ch$q;
    reg  e_ch$clock;
    reg  [4:0] e_n$d;
    wire  [4:0] e_n$q;
    reg  e_n$clock;
    reg  e_lastg$d;
    wire  e_lastg$q;
    reg  e_lastg$clock;
    reg  [12:0] nx_ch$d;
    wire  [12:0] nx_ch$q;
    reg  nx_ch$clock;
    reg  [12:0] nx_rem$d;
    wire  [12:0] nx_rem$q;
    reg  nx_rem$clock;
    reg  nx_next_last$d;
    wire  nx_next_last$q;
    reg  nx_next_last$clock;
    reg  [4:0] nx_n$d;
    wire  [4:0] nx_n$q;
    reg  nx_n$clock;
    reg  [12:0] nx_km2$d;
    wire  [12:0] nx_km2$q;
    reg  nx_km2$clock;
    reg  [12:0] nx_remm2$d;
    wire  [12:0] nx_remm2$q;
    reg  nx_remm2$clock;
    reg  nx_rem_lt_l$d;
    wire  nx_rem_lt_l$q;
    reg  nx_rem_lt_l$clock;
    reg  nx_rem_gt_k$d;
    wire  nx_rem_gt_k$q;
    reg  nx_rem_gt_k$clock;
    reg  e_issue_q$d;
    wire  e_issue_q$q;
    reg  e_issue_q$clock;
    reg  p1_valid$d;
    wire  p1_valid$q;
    reg  p1_valid$clock;
    reg  p1_first$d;
    wire  p1_first$q;
    reg  p1_first$clock;
    reg  [1:0] p1_b$d;
    wire  [1:0] p1_b$q;
    reg  p1_b$clock;
    reg  p1_last$d;
    wire  p1_last$q;
    reg  p1_last$clock;
    reg  [11:0] p1_ch$d;
    wire  [11:0] p1_ch$q;
    reg  p1_ch$clock;
    reg  [4:0] p1_n$d;
    wire  [4:0] p1_n$q;
    reg  p1_n$clock;
    reg  p1_lastg$d;
    wire  p1_lastg$q;
    reg  p1_lastg$clock;
    reg  p2_valid$d;
    wire  p2_valid$q;
    reg  p2_valid$clock;
    reg  p2_first$d;
    wire  p2_first$q;
    reg  p2_first$clock;
    reg  [1:0] p2_b$d;
    wire  [1:0] p2_b$q;
    reg  p2_b$clock;
    reg  p2_last$d;
    wire  p2_last$q;
    reg  p2_last$clock;
    reg  [11:0] p2_ch$d;
    wire  [11:0] p2_ch$q;
    reg  p2_ch$clock;
    reg  [4:0] p2_n$d;
    wire  [4:0] p2_n$q;
    reg  p2_n$clock;
    reg  p2_lastg$d;
    wire  p2_lastg$q;
    reg  p2_lastg$clock;
    reg  p3_valid_q$d;
    wire  p3_valid_q$q;
    reg  p3_valid_q$clock;
    reg  p3_first_q$d;
    wire  p3_first_q$q;
    reg  p3_first_q$clock;
    reg  [1:0] p3_b_q$d;
    wire  [1:0] p3_b_q$q;
    reg  p3_b_q$clock;
    reg  p3_last$d;
    wire  p3_last$q;
    reg  p3_last$clock;
    reg  [11:0] p3_ch$d;
    wire  [11:0] p3_ch$q;
    reg  p3_ch$clock;
    reg  [4:0] p3_n$d;
    wire  [4:0] p3_n$q;
    reg  p3_n$clock;
    reg  p3_lastg$d;
    wire  p3_lastg$q;
    reg  p3_lastg$clock;
    reg  p4_last_q$d;
    wire  p4_last_q$q;
    reg  p4_last_q$clock;
    reg  [11:0] p4_ch_q$d;
    wire  [11:0] p4_ch_q$q;
    reg  p4_ch_q$clock;
    reg  [4:0] p4_n_q$d;
    wire  [4:0] p4_n_q$q;
    reg  p4_n_q$clock;
    reg  p4_lastg_q$d;
    wire  p4_lastg_q$q;
    reg  p4_lastg_q$clock;
    
    // Local signals
    reg  e_bend_c;
    reg  e_kend;
    reg  e_kfin;
    reg  [1:0] e_binc;
    reg  e_kload;
    reg  [12:0] e_kd_base;
    reg  [12:0] e_kf_base;
    reg  [12:0] e_k_step;
    reg  nx_wide;
    reg  [14:0] nx_lt_l;
    reg  [14:0] nx_gt_k;
    reg  e_issue;
    reg  e_kin_next;
    reg  e_active_next;
    reg  e_last;
    
    // Sub module instances
    gridcore_tile$engine$f_xbase f_xbase(
        .d(f_xbase$d),
        .q(f_xbase$q),
        .clock(f_xbase$clock)
    );
    gridcore_tile$engine$e_active e_active(
        .d(e_active$d),
        .q(e_active$q),
        .clock(e_active$clock)
    );
    gridcore_tile$engine$e_b e_b(
        .d(e_b$d),
        .q(e_b$q),
        .clock(e_b$clock)
    );
    gridcore_tile$engine$e_kd e_kd(
        .d(e_kd$d),
        .q(e_kd$q),
        .clock(e_kd$clock)
    );
    gridcore_tile$engine$e_kf e_kf(
        .d(e_kf$d),
        .q(e_kf$q),
        .clock(e_kf$clock)
    );
    gridcore_tile$engine$e_kin e_kin(
        .d(e_kin$d),
        .q(e_kin$q),
        .clock(e_kin$clock)
    );
    gridcore_tile$engine$e_kfirst e_kfirst(
        .d(e_kfirst$d),
        .q(e_kfirst$q),
        .clock(e_kfirst$clock)
    );
    gridcore_tile$engine$e_bend e_bend(
        .d(e_bend$d),
        .q(e_bend$q),
        .clock(e_bend$clock)
    );
    gridcore_tile$engine$e_xk e_xk(
        .d(e_xk$d),
        .q(e_xk$q),
        .clock(e_xk$clock)
    );
    gridcore_tile$engine$e_xoff e_xoff(
        .d(e_xoff$d),
        .q(e_xoff$q),
        .clock(e_xoff$clock)
    );
    gridcore_tile$engine$e_xaddr e_xaddr(
        .d(e_xaddr$d),
        .q(e_xaddr$q),
        .clock(e_xaddr$clock)
    );
    gridcore_tile$engine$e_waddr e_waddr(
        .d(e_waddr$d),
        .q(e_waddr$q),
        .clock(e_waddr$clock)
    );
    gridcore_tile$engine$e_wgroup e_wgroup(
        .d(e_wgroup$d),
        .q(e_wgroup$q),
        .clock(e_wgroup$clock)
    );
    gridcore_tile$engine$e_ch e_ch(
        .d(e_ch$d),
        .q(e_ch$q),
        .clock(e_ch$clock)
    );
    gridcore_tile$engine$e_n e_n(
        .d(e_n$d),
        .q(e_n$q),
        .clock(e_n$clock)
    );
    gridcore_tile$engine$e_lastg e_lastg(
        .d(e_lastg$d),
        .q(e_lastg$q),
        .clock(e_lastg$clock)
    );
    gridcore_tile$engine$nx_ch nx_ch(
        .d(nx_ch$d),
        .q(nx_ch$q),
        .clock(nx_ch$clock)
    );
    gridcore_tile$engine$nx_rem nx_rem(
        .d(nx_rem$d),
        .q(nx_rem$q),
        .clock(nx_rem$clock)
    );
    gridcore_tile$engine$nx_next_last nx_next_last(
        .d(nx_next_last$d),
        .q(nx_next_last$q),
        .clock(nx_next_last$clock)
    );
    gridcore_tile$engine$nx_n nx_n(
        .d(nx_n$d),
        .q(nx_n$q),
        .clock(nx_n$clock)
    );
    gridcore_tile$engine$nx_km2 nx_km2(
        .d(nx_km2$d),
        .q(nx_km2$q),
        .clock(nx_km2$clock)
    );
    gridcore_tile$engine$nx_remm2 nx_remm2(
        .d(nx_remm2$d),
        .q(nx_remm2$q),
        .clock(nx_remm2$clock)
    );
    gridcore_tile$engine$nx_rem_lt_l nx_rem_lt_l(
        .d(nx_rem_lt_l$d),
        .q(nx_rem_lt_l$q),
        .clock(nx_rem_lt_l$clock)
    );
    gridcore_tile$engine$nx_rem_gt_k nx_rem_gt_k(
        .d(nx_rem_gt_k$d),
        .q(nx_rem_gt_k$q),
        .clock(nx_rem_gt_k$clock)
    );
    gridcore_tile$engine$e_issue_q e_issue_q(
        .d(e_issue_q$d),
        .q(e_issue_q$q),
        .clock(e_issue_q$clock)
    );
    gridcore_tile$engine$p1_valid p1_valid(
        .d(p1_valid$d),
        .q(p1_valid$q),
        .clock(p1_valid$clock)
    );
    gridcore_tile$engine$p1_first p1_first(
        .d(p1_first$d),
        .q(p1_first$q),
        .clock(p1_first$clock)
    );
    gridcore_tile$engine$p1_b p1_b(
        .d(p1_b$d),
        .q(p1_b$q),
        .clock(p1_b$clock)
    );
    gridcore_tile$engine$p1_last p1_last(
        .d(p1_last$d),
        .q(p1_last$q),
        .clock(p1_last$clock)
    );
    gridcore_tile$engine$p1_ch p1_ch(
        .d(p1_ch$d),
        .q(p1_ch$q),
        .clock(p1_ch$clock)
    );
    gridcore_tile$engine$p1_n p1_n(
        .d(p1_n$d),
        .q(p1_n$q),
        .clock(p1_n$clock)
    );
    gridcore_tile$engine$p1_lastg p1_lastg(
        .d(p1_lastg$d),
        .q(p1_lastg$q),
        .clock(p1_lastg$clock)
    );
    gridcore_tile$engine$p2_valid p2_valid(
        .d(p2_valid$d),
        .q(p2_valid$q),
        .clock(p2_valid$clock)
    );
    gridcore_tile$engine$p2_first p2_first(
        .d(p2_first$d),
        .q(p2_first$q),
        .clock(p2_first$clock)
    );
    gridcore_tile$engine$p2_b p2_b(
        .d(p2_b$d),
        .q(p2_b$q),
        .clock(p2_b$clock)
    );
    gridcore_tile$engine$p2_last p2_last(
        .d(p2_last$d),
        .q(p2_last$q),
        .clock(p2_last$clock)
    );
    gridcore_tile$engine$p2_ch p2_ch(
        .d(p2_ch$d),
        .q(p2_ch$q),
        .clock(p2_ch$clock)
    );
    gridcore_tile$engine$p2_n p2_n(
        .d(p2_n$d),
        .q(p2_n$q),
        .clock(p2_n$clock)
    );
    gridcore_tile$engine$p2_lastg p2_lastg(
        .d(p2_lastg$d),
        .q(p2_lastg$q),
        .clock(p2_lastg$clock)
    );
    gridcore_tile$engine$p3_valid_q p3_valid_q(
        .d(p3_valid_q$d),
        .q(p3_valid_q$q),
        .clock(p3_valid_q$clock)
    );
    gridcore_tile$engine$p3_first_q p3_first_q(
        .d(p3_first_q$d),
        .q(p3_first_q$q),
        .clock(p3_first_q$clock)
    );
    gridcore_tile$engine$p3_b_q p3_b_q(
        .d(p3_b_q$d),
        .q(p3_b_q$q),
        .clock(p3_b_q$clock)
    );
    gridcore_tile$engine$p3_last p3_last(
        .d(p3_last$d),
        .q(p3_last$q),
        .clock(p3_last$clock)
    );
    gridcore_tile$engine$p3_ch p3_ch(
        .d(p3_ch$d),
        .q(p3_ch$q),
        .clock(p3_ch$clock)
    );
    gridcore_tile$engine$p3_n p3_n(
        .d(p3_n$d),
        .q(p3_n$q),
        .clock(p3_n$clock)
    );
    gridcore_tile$engine$p3_lastg p3_lastg(
        .d(p3_lastg$d),
        .q(p3_lastg$q),
        .clock(p3_lastg$clock)
    );
    gridcore_tile$engine$p4_last_q p4_last_q(
        .d(p4_last_q$d),
        .q(p4_last_q$q),
        .clock(p4_last_q$clock)
    );
    gridcore_tile$engine$p4_ch_q p4_ch_q(
        .d(p4_ch_q$d),
        .q(p4_ch_q$q),
        .clock(p4_ch_q$clock)
    );
    gridcore_tile$engine$p4_n_q p4_n_q(
        .d(p4_n_q$d),
        .q(p4_n_q$q),
        .clock(p4_n_q$clock)
    );
    gridcore_tile$engine$p4_lastg_q p4_lastg_q(
        .d(p4_lastg_q$d),
        .q(p4_lastg_q$q),
        .clock(p4_lastg_q$clock)
    );
    
    // Update code
    always @(*) begin
        f_xbase$clock = clock;
        e_active$clock = clock;
        e_b$clock = clock;
        e_kd$clock = clock;
        e_kf$clock = clock;
        e_kin$clock = clock;
        e_kfirst$clock = clock;
        e_bend$clock = clock;
        e_xk$clock = clock;
        e_xoff$clock = clock;
        e_xaddr$clock = clock;
        e_waddr$clock = clock;
        e_wgroup$clock = clock;
        e_ch$clock = clock;
        e_n$clock = clock;
        e_lastg$clock = clock;
        nx_ch$clock = clock;
        nx_rem$clock = clock;
        nx_next_last$clock = clock;
        nx_n$clock = clock;
        nx_km2$clock = clock;
        nx_remm2$clock = clock;
        nx_rem_lt_l$clock = clock;
        nx_rem_gt_k$clock = clock;
        e_issue_q$clock = clock;
        p1_valid$clock = clock;
        p1_first$clock = clock;
        p1_b$clock = clock;
        p1_last$clock = clock;
        p1_ch$clock = clock;
        p1_n$clock = clock;
        p1_lastg$clock = clock;
        p2_valid$clock = clock;
        p2_first$clock = clock;
        p2_b$clock = clock;
        p2_last$clock = clock;
        p2_ch$clock = clock;
        p2_n$clock = clock;
        p2_lastg$clock = clock;
        p3_valid_q$clock = clock;
        p3_first_q$clock = clock;
        p3_b_q$clock = clock;
        p3_last$clock = clock;
        p3_ch$clock = clock;
        p3_n$clock = clock;
        p3_lastg$clock = clock;
        p4_last_q$clock = clock;
        p4_ch_q$clock = clock;
        p4_n_q$clock = clock;
        p4_lastg_q$clock = clock;
        f_xbase$d = f_xbase$q;
        e_active$d = e_active$q;
        e_b$d = e_b$q;
        e_kd$d = e_kd$q;
        e_kf$d = e_kf$q;
        e_kin$d = e_kin$q;
        e_kfirst$d = e_kfirst$q;
        e_bend$d = e_bend$q;
        e_xk$d = e_xk$q;
        e_xoff$d = e_xoff$q;
        e_xaddr$d = e_xaddr$q;
        e_waddr$d = e_waddr$q;
        e_wgroup$d = e_wgroup$q;
        e_ch$d = e_ch$q;
        e_n$d = e_n$q;
        e_lastg$d = e_lastg$q;
        nx_ch$d = nx_ch$q;
        nx_rem$d = nx_rem$q;
        nx_next_last$d = nx_next_last$q;
        nx_n$d = nx_n$q;
        nx_km2$d = nx_km2$q;
        nx_remm2$d = nx_remm2$q;
        nx_rem_lt_l$d = nx_rem_lt_l$q;
        nx_rem_gt_k$d = nx_rem_gt_k$q;
        e_issue_q$d = e_issue_q$q;
        p1_valid$d = p1_valid$q;
        p1_first$d = p1_first$q;
        p1_b$d = p1_b$q;
        p1_last$d = p1_last$q;
        p1_ch$d = p1_ch$q;
        p1_n$d = p1_n$q;
        p1_lastg$d = p1_lastg$q;
        p2_valid$d = p2_valid$q;
        p2_first$d = p2_first$q;
        p2_b$d = p2_b$q;
        p2_last$d = p2_last$q;
        p2_ch$d = p2_ch$q;
        p2_n$d = p2_n$q;
        p2_lastg$d = p2_lastg$q;
        p3_valid_q$d = p3_valid_q$q;
        p3_first_q$d = p3_first_q$q;
        p3_b_q$d = p3_b_q$q;
        p3_last$d = p3_last$q;
        p3_ch$d = p3_ch$q;
        p3_n$d = p3_n$q;
        p3_lastg$d = p3_lastg$q;
        p4_last_q$d = p4_last_q$q;
        p4_ch_q$d = p4_ch_q$q;
        p4_n_q$d = p4_n_q$q;
        p4_lastg_q$d = p4_lastg_q$q;
        x_addr = e_xaddr$q;
        w_addr = e_waddr$q;
        p3_valid = p3_valid_q$q;
        p3_first = p3_first_q$q;
        p3_b = p3_b_q$q;
        p4_last = p4_last_q$q;
        p4_ch = p4_ch_q$q;
        p4_n = p4_n_q$q;
        p4_lastg = p4_lastg_q$q;
        e_kend = e_kd$q[32'hc];
        e_kfin = e_kin$q & e_kf$q[32'hc];
        e_issue = e_issue_q$q;
        issue = e_issue;
        e_kin_next = e_kin$q | ~e_active$q;
        e_active_next = e_active$q | chk_pass;
        e_bend_c = e_bend$q | mb1;
        e_last = e_issue & e_kfin & e_bend_c;
        e_binc = e_b$q + 32'h1;
        nx_ch$d = ((e_ch$q) & 13'h1fff) + ((n_lanes) & 13'h1fff);
        nx_rem$d = ((n) & 13'h1fff) - nx_ch$q;
        nx_next_last$d = nx_ch$q + ((n_lanes) & 13'h1fff) >= ((n) & 13'h1fff);
        nx_remm2$d = nm2 - nx_ch$q;
        nx_lt_l = nml - ((nx_ch$q) & 15'h7fff);
        nx_rem_lt_l$d = nx_lt_l[32'he];
        nx_gt_k = ((nx_ch$q) & 15'h7fff) - nmk;
        nx_rem_gt_k$d = nx_gt_k[32'he];
        nx_n$d = ((n_lanes) & 5'h1f);
        if (nx_rem_lt_l$q) begin
            nx_n$d = ((nx_rem$q) & 5'h1f);
        end
        nx_wide = nx_rem_gt_k$q & k_lt_l;
        nx_km2$d = km2;
        if (nx_wide) begin
            nx_km2$d = ((n_lanes - 32'h2) & 13'h1fff);
            if (nx_rem_lt_l$q) begin
                nx_km2$d = nx_remm2$q;
            end
        end
        if (serial_c) begin
            nx_km2$d = km2_full;
            if (nx_next_last$q) begin
                nx_km2$d = km2_last;
            end
        end
        if (decode) begin
            nx_km2$d = kd0;
        end
        e_kload = ~e_active$q | e_kend;
        e_kd_base = e_kd$q;
        e_kf_base = e_kf$q;
        e_k_step = 32'h1fff;
        if (e_kload) begin
            e_kd_base = nx_km2$q;
            e_kf_base = km2;
            e_k_step = 32'h0;
        end
        if (~e_active$q | e_bend_c) begin
            e_kd$d = e_kd_base + e_k_step;
            e_kf$d = e_kf_base + e_k_step;
        end
        p1_valid$d = e_issue;
        p1_first$d = e_kfirst$q;
        p1_b$d = e_b$q;
        p1_last$d = e_last;
        p1_ch$d = e_ch$q;
        p1_n$d = e_n$q;
        p1_lastg$d = e_lastg$q;
        p2_valid$d = p1_valid$q;
        p2_first$d = p1_first$q;
        p2_b$d = p1_b$q;
        p2_last$d = p1_last$q;
        p2_ch$d = p1_ch$q;
        p2_n$d = p1_n$q;
        p2_lastg$d = p1_lastg$q;
        p3_valid_q$d = p2_valid$q;
        p3_first_q$d = p2_first$q;
        p3_b_q$d = p2_b$q;
        p3_last$d = p2_last$q;
        p3_ch$d = p2_ch$q;
        p3_n$d = p2_n$q;
        p3_lastg$d = p2_lastg$q;
        p4_last_q$d = p3_last$q;
        p4_ch_q$d = p3_ch$q;
        p4_n_q$d = p3_n$q;
        p4_lastg_q$d = p3_lastg$q;
        issue_n = 32'h0;
        w_read = 1'b0;
        if (e_issue) begin
            issue_n = e_n$q;
            w_read = e_b$q == 32'h0;
        end
        if (e_active$q) begin
            if (e_bend_c) begin
                e_b$d = 32'h0;
                e_bend$d = b1;
                e_xoff$d = 32'h0;
                if (e_kend) begin
                    if (e_lastg$q) begin
                        e_active_next = 1'b0;
                    end
                    else begin
                        e_kfirst$d = 1'b1;
                        e_kin_next = 1'b1;
                        e_xk$d = f_xbase$q;
                        e_xaddr$d = f_xbase$q;
                        e_waddr$d = e_wgroup$q + k;
                        e_ch$d = ((nx_ch$q) & 12'hfff);
                        e_wgroup$d = e_wgroup$q + k;
                        e_n$d = nx_n$q;
                        e_lastg$d = nx_next_last$q;
                    end
                end
                else begin
                    e_kfirst$d = 1'b0;
                    e_kin_next = e_kin$q & ~e_kfin;
                    e_xk$d = e_xk$q + 32'h1;
                    e_xaddr$d = e_xk$q + 32'h1;
                    e_waddr$d = e_waddr$q + 32'h1;
                end
            end
            else begin
                e_b$d = e_binc;
                e_bend$d = e_binc == bm1;
                e_xoff$d = e_xoff$q + k;
                e_xaddr$d = e_xaddr$q + k;
            end
        end
        if (check) begin
            f_xbase$d = ir[(32'h10)+:(16)];
            e_kfirst$d = 1'b1;
            e_b$d = 32'h0;
            e_xk$d = ir[(32'h10)+:(16)];
            e_xaddr$d = ir[(32'h10)+:(16)];
            e_waddr$d = ir[(32'h0)+:(16)];
            e_xoff$d = 32'h0;
            e_wgroup$d = ir[(32'h0)+:(16)];
            e_ch$d = 32'h0;
            e_lastg$d = single;
            e_n$d = ((first_n) & 5'h1f);
            e_bend$d = b1;
        end
        e_kin$d = e_kin_next;
        e_active$d = e_active_next;
        e_issue_q$d = e_active_next & e_kin_next;
        if (reset) begin
            e_active$d = 1'b0;
            e_issue_q$d = 1'b0;
            p1_valid$d = 1'b0;
            p1_last$d = 1'b0;
            p2_valid$d = 1'b0;
            p2_last$d = 1'b0;
            p3_valid_q$d = 1'b0;
            p3_last$d = 1'b0;
            p4_last_q$d = 1'b0;
        end
    end
    
endmodule // gridcore_tile$engine


module gridcore_tile$engine$e_active(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$e_active


module gridcore_tile$engine$e_b(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$e_b


module gridcore_tile$engine$e_bend(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$e_bend


module gridcore_tile$engine$e_ch(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$e_ch


module gridcore_tile$engine$e_issue_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$e_issue_q


module gridcore_tile$engine$e_kd(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$e_kd


module gridcore_tile$engine$e_kf(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$e_kf


module gridcore_tile$engine$e_kfirst(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$e_kfirst


module gridcore_tile$engine$e_kin(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$e_kin


module gridcore_tile$engine$e_lastg(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$e_lastg


module gridcore_tile$engine$e_n(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$e_n


module gridcore_tile$engine$e_waddr(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$e_waddr


module gridcore_tile$engine$e_wgroup(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$e_wgroup


module gridcore_tile$engine$e_xaddr(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$e_xaddr


module gridcore_tile$engine$e_xk(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$e_xk


module gridcore_tile$engine$e_xoff(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$e_xoff


module gridcore_tile$engine$f_xbase(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$f_xbase


module gridcore_tile$engine$nx_ch(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$nx_ch


module gridcore_tile$engine$nx_km2(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$nx_km2


module gridcore_tile$engine$nx_n(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$nx_n


module gridcore_tile$engine$nx_next_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$nx_next_last


module gridcore_tile$engine$nx_rem(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$nx_rem


module gridcore_tile$engine$nx_rem_gt_k(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$nx_rem_gt_k


module gridcore_tile$engine$nx_rem_lt_l(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$nx_rem_lt_l


module gridcore_tile$engine$nx_remm2(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$nx_remm2


module gridcore_tile$engine$p1_b(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$p1_b


module gridcore_tile$engine$p1_ch(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$p1_ch


module gridcore_tile$engine$p1_first(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$p1_first


module gridcore_tile$engine$p1_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$p1_last


module gridcore_tile$engine$p1_lastg(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$p1_lastg


module gridcore_tile$engine$p1_n(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$p1_n


module gridcore_tile$engine$p1_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$p1_valid


module gridcore_tile$engine$p2_b(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$p2_b


module gridcore_tile$engine$p2_ch(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$p2_ch


module gridcore_tile$engine$p2_first(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$p2_first


module gridcore_tile$engine$p2_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$p2_last


module gridcore_tile$engine$p2_lastg(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$p2_lastg


module gridcore_tile$engine$p2_n(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$p2_n


module gridcore_tile$engine$p2_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$p2_valid


module gridcore_tile$engine$p3_b_q(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$p3_b_q


module gridcore_tile$engine$p3_ch(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$p3_ch


module gridcore_tile$engine$p3_first_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$p3_first_q


module gridcore_tile$engine$p3_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$p3_last


module gridcore_tile$engine$p3_lastg(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$p3_lastg


module gridcore_tile$engine$p3_n(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$p3_n


module gridcore_tile$engine$p3_valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$p3_valid_q


module gridcore_tile$engine$p4_ch_q(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$p4_ch_q


module gridcore_tile$engine$p4_last_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$p4_last_q


module gridcore_tile$engine$p4_lastg_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$p4_lastg_q


module gridcore_tile$engine$p4_n_q(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$engine$p4_n_q


module gridcore_tile$host(clock,reset,stopped,we,re,sel,addr,wdata,act_rdata,rdata,rvalid,bad,act_re,wr_addr,wr_data,act_we,bias_we,mult_we,shift_we,ilo_we,ihi_we,w_we,w_lane,w_word);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  stopped;
    input wire  we;
    input wire  re;
    input wire  [2:0] sel;
    input wire  [15:0] addr;
    input wire  [31:0] wdata;
    input wire  [7:0] act_rdata;
    output reg  [7:0] rdata;
    output reg  rvalid;
    output reg  bad;
    output reg  act_re;
    output reg  [15:0] wr_addr;
    output reg  [31:0] wr_data;
    output reg  act_we;
    output reg  bias_we;
    output reg  mult_we;
    output reg  shift_we;
    output reg  ilo_we;
    output reg  ihi_we;
    output reg  w_we;
    output reg  [15:0] w_lane;
    output reg  [15:0] w_word;
    
    // Constant declarations
    localparam  sel_weight = 3'b0;
    localparam  sel_act = 3'b1;
    localparam  sel_bias = 3'b10;
    localparam  sel_mult = 3'b11;
    localparam  sel_shift = 3'b100;
    localparam  sel_instr = 3'b101;
    localparam  n_lanes = 16'h10;
    localparam  lanes_log2 = 16'h4;
    localparam  weight_bytes_log2 = 16'hd;
    localparam  act_log2 = 16'ha;
    localparam  param_log2 = 16'h8;
    localparam  instr_halves_log2 = 16'h7;
    
    // Stub signals
    reg  rvalid_q$d;
    wire  rvalid_q$q;
    reg  rvalid_q$clock;
    reg  rvalid2_q$d;
    wire  rvalid2_q$q;
    reg  rvalid2_q$clock;
    reg  [7:0] rdata_hold$d;
    wire  [7:0] rdata_hold$q;
    reg  rdata_hold$clock;
    reg  coll_q$d;
    wire  coll_q$q;
    reg  coll_q$clock;
    reg  [7:0] coll_data$d;
    wire  [7:0] coll_data$q;
    reg  coll_data$clock;
    reg  coll_hold$d;
    wire  coll_hold$q;
    reg  coll_hold$clock;
    reg  [7:0] coll_data_hold$d;
    wire  [7:0] coll_data_hold$q;
    reg  coll_data_hold$clock;
    reg  [15:0] hw_addr$d;
    wire  [15:0] hw_addr$q;
    reg  hw_addr$clock;
    reg  [31:0] hw_data$d;
    wire  [31:0] hw_data$q;
    reg  hw_data$clock;
    reg  hw_act$d;
    wire  hw_act$q;
    reg  hw_act$clock;
    reg  hw_bias$d;
    wire  hw_bias$q;
    reg  hw_bias$clock;
    reg  hw_mult$d;
    wire  hw_mult$q;
    reg  hw_mult$clock;
    reg  hw_shift$d;
    wire  hw_shift$q;
    reg  hw_shift$clock;
    reg  hw_ilo$d;
    wire  hw_ilo$q;
    reg  hw_ilo$clock;
    reg  hw_ihi$d;
    wire  hw_ihi$q;
    reg  hw_ihi$clock;
    reg  bad_q$d;
    wire  bad_q$q;
    reg  bad_q$clock;
    
    // Local signals
    reg  hw_hit;
    reg  ok_w;
    reg  ok_r;
    reg  in_w;
    reg  in_a;
    reg  in_p;
    reg  in_i;
    
    // Sub module instances
    gridcore_tile$host$rvalid_q rvalid_q(
        .d(rvalid_q$d),
        .q(rvalid_q$q),
        .clock(rvalid_q$clock)
    );
    gridcore_tile$host$rvalid2_q rvalid2_q(
        .d(rvalid2_q$d),
        .q(rvalid2_q$q),
        .clock(rvalid2_q$clock)
    );
    gridcore_tile$host$rdata_hold rdata_hold(
        .d(rdata_hold$d),
        .q(rdata_hold$q),
        .clock(rdata_hold$clock)
    );
    gridcore_tile$host$coll_q coll_q(
        .d(coll_q$d),
        .q(coll_q$q),
        .clock(coll_q$clock)
    );
    gridcore_tile$host$coll_data coll_data(
        .d(coll_data$d),
        .q(coll_data$q),
        .clock(coll_data$clock)
    );
    gridcore_tile$host$coll_hold coll_hold(
        .d(coll_hold$d),
        .q(coll_hold$q),
        .clock(coll_hold$clock)
    );
    gridcore_tile$host$coll_data_hold coll_data_hold(
        .d(coll_data_hold$d),
        .q(coll_data_hold$q),
        .clock(coll_data_hold$clock)
    );
    gridcore_tile$host$hw_addr hw_addr(
        .d(hw_addr$d),
        .q(hw_addr$q),
        .clock(hw_addr$clock)
    );
    gridcore_tile$host$hw_data hw_data(
        .d(hw_data$d),
        .q(hw_data$q),
        .clock(hw_data$clock)
    );
    gridcore_tile$host$hw_act hw_act(
        .d(hw_act$d),
        .q(hw_act$q),
        .clock(hw_act$clock)
    );
    gridcore_tile$host$hw_bias hw_bias(
        .d(hw_bias$d),
        .q(hw_bias$q),
        .clock(hw_bias$clock)
    );
    gridcore_tile$host$hw_mult hw_mult(
        .d(hw_mult$d),
        .q(hw_mult$q),
        .clock(hw_mult$clock)
    );
    gridcore_tile$host$hw_shift hw_shift(
        .d(hw_shift$d),
        .q(hw_shift$q),
        .clock(hw_shift$clock)
    );
    gridcore_tile$host$hw_ilo hw_ilo(
        .d(hw_ilo$d),
        .q(hw_ilo$q),
        .clock(hw_ilo$clock)
    );
    gridcore_tile$host$hw_ihi hw_ihi(
        .d(hw_ihi$d),
        .q(hw_ihi$q),
        .clock(hw_ihi$clock)
    );
    gridcore_tile$host$bad_q bad_q(
        .d(bad_q$d),
        .q(bad_q$q),
        .clock(bad_q$clock)
    );
    
    // Update code
    always @(*) begin
        rvalid_q$clock = clock;
        rvalid2_q$clock = clock;
        rdata_hold$clock = clock;
        coll_q$clock = clock;
        coll_data$clock = clock;
        coll_hold$clock = clock;
        coll_data_hold$clock = clock;
        hw_addr$clock = clock;
        hw_data$clock = clock;
        hw_act$clock = clock;
        hw_bias$clock = clock;
        hw_mult$clock = clock;
        hw_shift$clock = clock;
        hw_ilo$clock = clock;
        hw_ihi$clock = clock;
        bad_q$clock = clock;
        rvalid_q$d = rvalid_q$q;
        rvalid2_q$d = rvalid2_q$q;
        rdata_hold$d = rdata_hold$q;
        coll_q$d = coll_q$q;
        coll_data$d = coll_data$q;
        coll_hold$d = coll_hold$q;
        coll_data_hold$d = coll_data_hold$q;
        hw_addr$d = hw_addr$q;
        hw_data$d = hw_data$q;
        hw_act$d = hw_act$q;
        hw_bias$d = hw_bias$q;
        hw_mult$d = hw_mult$q;
        hw_shift$d = hw_shift$q;
        hw_ilo$d = hw_ilo$q;
        hw_ihi$d = hw_ihi$q;
        bad_q$d = bad_q$q;
        rvalid = rvalid2_q$q;
        rdata = rdata_hold$q;
        if (coll_hold$q) begin
            rdata = coll_data_hold$q;
        end
        rvalid2_q$d = rvalid_q$q;
        if (rvalid_q$q) begin
            rdata_hold$d = act_rdata;
            coll_hold$d = coll_q$q;
            coll_data_hold$d = coll_data$q;
        end
        coll_q$d = 1'b0;
        rvalid_q$d = 1'b0;
        bad = bad_q$q;
        w_lane = addr & (n_lanes - 32'h1);
        w_word = hw_addr$q >> lanes_log2;
        in_w = (addr >> weight_bytes_log2) == 32'h0;
        in_a = (addr >> act_log2) == 32'h0;
        in_p = (addr >> param_log2) == 32'h0;
        in_i = (addr >> instr_halves_log2) == 32'h0;
        ok_r = (sel == sel_act) & in_a;
        ok_w = ((sel == sel_weight) & in_w) | ((sel == sel_act) & in_a) | (((sel == sel_bias) | (sel == sel_mult) | (sel == sel_shift)) & in_p) | ((sel == sel_instr) & in_i);
        w_we = stopped & we & in_w & (sel == sel_weight);
        wr_addr = hw_addr$q;
        wr_data = hw_data$q;
        act_we = hw_act$q;
        bias_we = hw_bias$q;
        mult_we = hw_mult$q;
        shift_we = hw_shift$q;
        ilo_we = hw_ilo$q;
        ihi_we = hw_ihi$q;
        hw_addr$d = addr;
        hw_data$d = wdata;
        hw_act$d = 1'b0;
        hw_bias$d = 1'b0;
        hw_mult$d = 1'b0;
        hw_shift$d = 1'b0;
        hw_ilo$d = 1'b0;
        hw_ihi$d = 1'b0;
        hw_hit = hw_act$q & (((hw_addr$q) & 10'h3ff) == ((addr) & 10'h3ff));
        act_re = stopped & re;
        bad_q$d = 1'b0;
        if (stopped) begin
            hw_act$d = we & (sel == sel_act) & in_a;
            hw_bias$d = we & (sel == sel_bias) & in_p;
            hw_mult$d = we & (sel == sel_mult) & in_p;
            hw_shift$d = we & (sel == sel_shift) & in_p;
            hw_ilo$d = we & (sel == sel_instr) & in_i & ~addr[32'h0];
            hw_ihi$d = we & (sel == sel_instr) & in_i & addr[32'h0];
            if (re) begin
                rvalid_q$d = ok_r;
                coll_q$d = we | hw_hit;
                coll_data$d = hw_data$q[(32'h0)+:(8)];
                if (we) begin
                    coll_data$d = wdata[(32'h0)+:(8)];
                end
            end
            bad_q$d = (we & ~ok_w) | (re & ~ok_r);
        end
        if (reset) begin
            hw_act$d = 1'b0;
            hw_bias$d = 1'b0;
            hw_mult$d = 1'b0;
            hw_shift$d = 1'b0;
            hw_ilo$d = 1'b0;
            hw_ihi$d = 1'b0;
            rvalid_q$d = 1'b0;
            rvalid2_q$d = 1'b0;
            rdata_hold$d = 32'h0;
            coll_q$d = 1'b0;
            coll_hold$d = 1'b0;
            bad_q$d = 1'b0;
        end
    end
    
endmodule // gridcore_tile$host


module gridcore_tile$host$bad_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$host$bad_q


module gridcore_tile$host$coll_data(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$host$coll_data


module gridcore_tile$host$coll_data_hold(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$host$coll_data_hold


module gridcore_tile$host$coll_hold(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$host$coll_hold


module gridcore_tile$host$coll_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$host$coll_q


module gridcore_tile$host$hw_act(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$host$hw_act


module gridcore_tile$host$hw_addr(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$host$hw_addr


module gridcore_tile$host$hw_bias(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$host$hw_bias


module gridcore_tile$host$hw_data(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$host$hw_data


module gridcore_tile$host$hw_ihi(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$host$hw_ihi


module gridcore_tile$host$hw_ilo(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$host$hw_ilo


module gridcore_tile$host$hw_mult(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$host$hw_mult


module gridcore_tile$host$hw_shift(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$host$hw_shift


module gridcore_tile$host$rdata_hold(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$host$rdata_hold


module gridcore_tile$host$rvalid2_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$host$rvalid2_q


module gridcore_tile$host$rvalid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$host$rvalid_q


module gridcore_tile$imem_hi(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [5:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [5:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *) reg[31:0] mem[63:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // gridcore_tile$imem_hi


module gridcore_tile$imem_lo(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [5:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [5:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *) reg[31:0] mem[63:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // gridcore_tile$imem_lo


module gridcore_tile$lanes$0(clock,reset,w_we,w_waddr,w_wdata,w_raddr,w_out,prod_in,acc_en,acc_first,acc_b,shadow_load,drain_b,shadow_shift,chain_in0,chain_in1,chain_in2,chain_in3,shadow0,shadow1,shadow2,shadow3,shadow_out);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  w_we;
    input wire  [8:0] w_waddr;
    input wire  [7:0] w_wdata;
    input wire  [8:0] w_raddr;
    output reg  [7:0] w_out;
    input wire  [15:0] prod_in;
    input wire  acc_en;
    input wire  acc_first;
    input wire  [1:0] acc_b;
    input wire  shadow_load;
    input wire  [1:0] drain_b;
    input wire  shadow_shift;
    input wire  [26:0] chain_in0;
    input wire  [26:0] chain_in1;
    input wire  [26:0] chain_in2;
    input wire  [26:0] chain_in3;
    output reg  [26:0] shadow0;
    output reg  [26:0] shadow1;
    output reg  [26:0] shadow2;
    output reg  [26:0] shadow3;
    output reg  [26:0] shadow_out;
    
    // Stub signals
    reg  [8:0] weights$read_address;
    reg  weights$read_clock;
    wire  [7:0] weights$read_data;
    reg  [8:0] weights$write_address;
    reg  weights$write_clock;
    reg  [7:0] weights$write_data;
    reg  weights$write_enable;
    reg  w_we_q$d;
    wire  w_we_q$q;
    reg  w_we_q$clock;
    reg  [26:0] acc$0$d;
    wire  [26:0] acc$0$q;
    reg  acc$0$clock;
    reg  [26:0] shadow$0$d;
    wire  [26:0] shadow$0$q;
    reg  shadow$0$clock;
    
    // Local signals
    reg  [26:0] chain_b;
    reg  [26:0] prod_ext;
    
    // Sub module instances
    gridcore_tile$lanes$0$weights weights(
        .read_address(weights$read_address),
        .read_clock(weights$read_clock),
        .read_data(weights$read_data),
        .write_address(weights$write_address),
        .write_clock(weights$write_clock),
        .write_data(weights$write_data),
        .write_enable(weights$write_enable)
    );
    gridcore_tile$lanes$0$w_we_q w_we_q(
        .d(w_we_q$d),
        .q(w_we_q$q),
        .clock(w_we_q$clock)
    );
    gridcore_tile$lanes$0$acc$0 acc$0(
        .d(acc$0$d),
        .q(acc$0$q),
        .clock(acc$0$clock)
    );
    gridcore_tile$lanes$0$shadow$0 shadow$0(
        .d(shadow$0$d),
        .q(shadow$0$q),
        .clock(shadow$0$clock)
    );
    
    // Update code
    always @(*) begin
        w_we_q$clock = clock;
        w_we_q$d = w_we_q$q;
        weights$read_clock = clock;
        weights$write_clock = clock;
        weights$read_address = w_raddr;
        weights$write_address = w_waddr;
        weights$write_data = w_wdata;
        w_we_q$d = w_we & ~reset;
        weights$write_enable = w_we_q$q;
        w_out = weights$read_data;
        prod_ext = ((prod_in ^ 32'h8000) & 27'h7ffffff) - 32'h8000;
        shadow_out = 32'h0;
        shadow0 = 32'h0;
        shadow1 = 32'h0;
        shadow2 = 32'h0;
        shadow3 = 32'h0;
        acc$0$clock = clock;
        acc$0$d = acc$0$q;
        shadow$0$clock = clock;
        shadow$0$d = shadow$0$q;
        if (acc_en & (acc_b == 0)) begin
            if (acc_first) begin
                acc$0$d = prod_ext;
            end
            else begin
                acc$0$d = acc$0$q + prod_ext;
            end
        end
        chain_b = chain_in0;
        if (0 == 32'h1) begin
            chain_b = chain_in1;
        end
        if (0 == 32'h2) begin
            chain_b = chain_in2;
        end
        if (0 == 32'h3) begin
            chain_b = chain_in3;
        end
        if (0 == 32'h0) begin
            shadow0 = shadow$0$q;
        end
        if (0 == 32'h1) begin
            shadow1 = shadow$0$q;
        end
        if (0 == 32'h2) begin
            shadow2 = shadow$0$q;
        end
        if (0 == 32'h3) begin
            shadow3 = shadow$0$q;
        end
        if (shadow_shift & (drain_b == 0)) begin
            shadow$0$d = chain_b;
        end
        if (shadow_load) begin
            shadow$0$d = acc$0$q;
        end
        if (drain_b == 0) begin
            shadow_out = shadow$0$q;
        end
        if (reset) begin
            acc$0$d = 32'h0;
            shadow$0$d = 32'h0;
        end
    end
    
endmodule // gridcore_tile$lanes$0


module gridcore_tile$lanes$0$acc$0(d,q,clock);
    
    // Module arguments
    input wire  [26:0] d;
    output reg  [26:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 27'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$0$acc$0


module gridcore_tile$lanes$0$shadow$0(d,q,clock);
    
    // Module arguments
    input wire  [26:0] d;
    output reg  [26:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 27'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$0$shadow$0


module gridcore_tile$lanes$0$w_we_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$0$w_we_q


module gridcore_tile$lanes$0$weights(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [7:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [7:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *) reg[7:0] mem[511:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // gridcore_tile$lanes$0$weights


module gridcore_tile$lanes$1(clock,reset,w_we,w_waddr,w_wdata,w_raddr,w_out,prod_in,acc_en,acc_first,acc_b,shadow_load,drain_b,shadow_shift,chain_in0,chain_in1,chain_in2,chain_in3,shadow0,shadow1,shadow2,shadow3,shadow_out);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  w_we;
    input wire  [8:0] w_waddr;
    input wire  [7:0] w_wdata;
    input wire  [8:0] w_raddr;
    output reg  [7:0] w_out;
    input wire  [15:0] prod_in;
    input wire  acc_en;
    input wire  acc_first;
    input wire  [1:0] acc_b;
    input wire  shadow_load;
    input wire  [1:0] drain_b;
    input wire  shadow_shift;
    input wire  [26:0] chain_in0;
    input wire  [26:0] chain_in1;
    input wire  [26:0] chain_in2;
    input wire  [26:0] chain_in3;
    output reg  [26:0] shadow0;
    output reg  [26:0] shadow1;
    output reg  [26:0] shadow2;
    output reg  [26:0] shadow3;
    output reg  [26:0] shadow_out;
    
    // Stub signals
    reg  [8:0] weights$read_address;
    reg  weights$read_clock;
    wire  [7:0] weights$read_data;
    reg  [8:0] weights$write_address;
    reg  weights$write_clock;
    reg  [7:0] weights$write_data;
    reg  weights$write_enable;
    reg  w_we_q$d;
    wire  w_we_q$q;
    reg  w_we_q$clock;
    reg  [26:0] acc$0$d;
    wire  [26:0] acc$0$q;
    reg  acc$0$clock;
    reg  [26:0] shadow$0$d;
    wire  [26:0] shadow$0$q;
    reg  shadow$0$clock;
    
    // Local signals
    reg  [26:0] chain_b;
    reg  [26:0] prod_ext;
    
    // Sub module instances
    gridcore_tile$lanes$1$weights weights(
        .read_address(weights$read_address),
        .read_clock(weights$read_clock),
        .read_data(weights$read_data),
        .write_address(weights$write_address),
        .write_clock(weights$write_clock),
        .write_data(weights$write_data),
        .write_enable(weights$write_enable)
    );
    gridcore_tile$lanes$1$w_we_q w_we_q(
        .d(w_we_q$d),
        .q(w_we_q$q),
        .clock(w_we_q$clock)
    );
    gridcore_tile$lanes$1$acc$0 acc$0(
        .d(acc$0$d),
        .q(acc$0$q),
        .clock(acc$0$clock)
    );
    gridcore_tile$lanes$1$shadow$0 shadow$0(
        .d(shadow$0$d),
        .q(shadow$0$q),
        .clock(shadow$0$clock)
    );
    
    // Update code
    always @(*) begin
        w_we_q$clock = clock;
        w_we_q$d = w_we_q$q;
        weights$read_clock = clock;
        weights$write_clock = clock;
        weights$read_address = w_raddr;
        weights$write_address = w_waddr;
        weights$write_data = w_wdata;
        w_we_q$d = w_we & ~reset;
        weights$write_enable = w_we_q$q;
        w_out = weights$read_data;
        prod_ext = ((prod_in ^ 32'h8000) & 27'h7ffffff) - 32'h8000;
        shadow_out = 32'h0;
        shadow0 = 32'h0;
        shadow1 = 32'h0;
        shadow2 = 32'h0;
        shadow3 = 32'h0;
        acc$0$clock = clock;
        acc$0$d = acc$0$q;
        shadow$0$clock = clock;
        shadow$0$d = shadow$0$q;
        if (acc_en & (acc_b == 0)) begin
            if (acc_first) begin
                acc$0$d = prod_ext;
            end
            else begin
                acc$0$d = acc$0$q + prod_ext;
            end
        end
        chain_b = chain_in0;
        if (0 == 32'h1) begin
            chain_b = chain_in1;
        end
        if (0 == 32'h2) begin
            chain_b = chain_in2;
        end
        if (0 == 32'h3) begin
            chain_b = chain_in3;
        end
        if (0 == 32'h0) begin
            shadow0 = shadow$0$q;
        end
        if (0 == 32'h1) begin
            shadow1 = shadow$0$q;
        end
        if (0 == 32'h2) begin
            shadow2 = shadow$0$q;
        end
        if (0 == 32'h3) begin
            shadow3 = shadow$0$q;
        end
        if (shadow_shift & (drain_b == 0)) begin
            shadow$0$d = chain_b;
        end
        if (shadow_load) begin
            shadow$0$d = acc$0$q;
        end
        if (drain_b == 0) begin
            shadow_out = shadow$0$q;
        end
        if (reset) begin
            acc$0$d = 32'h0;
            shadow$0$d = 32'h0;
        end
    end
    
endmodule // gridcore_tile$lanes$1


module gridcore_tile$lanes$1$acc$0(d,q,clock);
    
    // Module arguments
    input wire  [26:0] d;
    output reg  [26:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 27'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$1$acc$0


module gridcore_tile$lanes$1$shadow$0(d,q,clock);
    
    // Module arguments
    input wire  [26:0] d;
    output reg  [26:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 27'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$1$shadow$0


module gridcore_tile$lanes$1$w_we_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$1$w_we_q


module gridcore_tile$lanes$1$weights(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [7:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [7:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *) reg[7:0] mem[511:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // gridcore_tile$lanes$1$weights


module gridcore_tile$lanes$10(clock,reset,w_we,w_waddr,w_wdata,w_raddr,w_out,prod_in,acc_en,acc_first,acc_b,shadow_load,drain_b,shadow_shift,chain_in0,chain_in1,chain_in2,chain_in3,shadow0,shadow1,shadow2,shadow3,shadow_out);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  w_we;
    input wire  [8:0] w_waddr;
    input wire  [7:0] w_wdata;
    input wire  [8:0] w_raddr;
    output reg  [7:0] w_out;
    input wire  [15:0] prod_in;
    input wire  acc_en;
    input wire  acc_first;
    input wire  [1:0] acc_b;
    input wire  shadow_load;
    input wire  [1:0] drain_b;
    input wire  shadow_shift;
    input wire  [26:0] chain_in0;
    input wire  [26:0] chain_in1;
    input wire  [26:0] chain_in2;
    input wire  [26:0] chain_in3;
    output reg  [26:0] shadow0;
    output reg  [26:0] shadow1;
    output reg  [26:0] shadow2;
    output reg  [26:0] shadow3;
    output reg  [26:0] shadow_out;
    
    // Stub signals
    reg  [8:0] weights$read_address;
    reg  weights$read_clock;
    wire  [7:0] weights$read_data;
    reg  [8:0] weights$write_address;
    reg  weights$write_clock;
    reg  [7:0] weights$write_data;
    reg  weights$write_enable;
    reg  w_we_q$d;
    wire  w_we_q$q;
    reg  w_we_q$clock;
    reg  [26:0] acc$0$d;
    wire  [26:0] acc$0$q;
    reg  acc$0$clock;
    reg  [26:0] shadow$0$d;
    wire  [26:0] shadow$0$q;
    reg  shadow$0$clock;
    
    // Local signals
    reg  [26:0] chain_b;
    reg  [26:0] prod_ext;
    
    // Sub module instances
    gridcore_tile$lanes$10$weights weights(
        .read_address(weights$read_address),
        .read_clock(weights$read_clock),
        .read_data(weights$read_data),
        .write_address(weights$write_address),
        .write_clock(weights$write_clock),
        .write_data(weights$write_data),
        .write_enable(weights$write_enable)
    );
    gridcore_tile$lanes$10$w_we_q w_we_q(
        .d(w_we_q$d),
        .q(w_we_q$q),
        .clock(w_we_q$clock)
    );
    gridcore_tile$lanes$10$acc$0 acc$0(
        .d(acc$0$d),
        .q(acc$0$q),
        .clock(acc$0$clock)
    );
    gridcore_tile$lanes$10$shadow$0 shadow$0(
        .d(shadow$0$d),
        .q(shadow$0$q),
        .clock(shadow$0$clock)
    );
    
    // Update code
    always @(*) begin
        w_we_q$clock = clock;
        w_we_q$d = w_we_q$q;
        weights$read_clock = clock;
        weights$write_clock = clock;
        weights$read_address = w_raddr;
        weights$write_address = w_waddr;
        weights$write_data = w_wdata;
        w_we_q$d = w_we & ~reset;
        weights$write_enable = w_we_q$q;
        w_out = weights$read_data;
        prod_ext = ((prod_in ^ 32'h8000) & 27'h7ffffff) - 32'h8000;
        shadow_out = 32'h0;
        shadow0 = 32'h0;
        shadow1 = 32'h0;
        shadow2 = 32'h0;
        shadow3 = 32'h0;
        acc$0$clock = clock;
        acc$0$d = acc$0$q;
        shadow$0$clock = clock;
        shadow$0$d = shadow$0$q;
        if (acc_en & (acc_b == 0)) begin
            if (acc_first) begin
                acc$0$d = prod_ext;
            end
            else begin
                acc$0$d = acc$0$q + prod_ext;
            end
        end
        chain_b = chain_in0;
        if (0 == 32'h1) begin
            chain_b = chain_in1;
        end
        if (0 == 32'h2) begin
            chain_b = chain_in2;
        end
        if (0 == 32'h3) begin
            chain_b = chain_in3;
        end
        if (0 == 32'h0) begin
            shadow0 = shadow$0$q;
        end
        if (0 == 32'h1) begin
            shadow1 = shadow$0$q;
        end
        if (0 == 32'h2) begin
            shadow2 = shadow$0$q;
        end
        if (0 == 32'h3) begin
            shadow3 = shadow$0$q;
        end
        if (shadow_shift & (drain_b == 0)) begin
            shadow$0$d = chain_b;
        end
        if (shadow_load) begin
            shadow$0$d = acc$0$q;
        end
        if (drain_b == 0) begin
            shadow_out = shadow$0$q;
        end
        if (reset) begin
            acc$0$d = 32'h0;
            shadow$0$d = 32'h0;
        end
    end
    
endmodule // gridcore_tile$lanes$10


module gridcore_tile$lanes$10$acc$0(d,q,clock);
    
    // Module arguments
    input wire  [26:0] d;
    output reg  [26:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 27'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$10$acc$0


module gridcore_tile$lanes$10$shadow$0(d,q,clock);
    
    // Module arguments
    input wire  [26:0] d;
    output reg  [26:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 27'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$10$shadow$0


module gridcore_tile$lanes$10$w_we_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$10$w_we_q


module gridcore_tile$lanes$10$weights(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [7:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [7:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *) reg[7:0] mem[511:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // gridcore_tile$lanes$10$weights


module gridcore_tile$lanes$11(clock,reset,w_we,w_waddr,w_wdata,w_raddr,w_out,prod_in,acc_en,acc_first,acc_b,shadow_load,drain_b,shadow_shift,chain_in0,chain_in1,chain_in2,chain_in3,shadow0,shadow1,shadow2,shadow3,shadow_out);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  w_we;
    input wire  [8:0] w_waddr;
    input wire  [7:0] w_wdata;
    input wire  [8:0] w_raddr;
    output reg  [7:0] w_out;
    input wire  [15:0] prod_in;
    input wire  acc_en;
    input wire  acc_first;
    input wire  [1:0] acc_b;
    input wire  shadow_load;
    input wire  [1:0] drain_b;
    input wire  shadow_shift;
    input wire  [26:0] chain_in0;
    input wire  [26:0] chain_in1;
    input wire  [26:0] chain_in2;
    input wire  [26:0] chain_in3;
    output reg  [26:0] shadow0;
    output reg  [26:0] shadow1;
    output reg  [26:0] shadow2;
    output reg  [26:0] shadow3;
    output reg  [26:0] shadow_out;
    
    // Stub signals
    reg  [8:0] weights$read_address;
    reg  weights$read_clock;
    wire  [7:0] weights$read_data;
    reg  [8:0] weights$write_address;
    reg  weights$write_clock;
    reg  [7:0] weights$write_data;
    reg  weights$write_enable;
    reg  w_we_q$d;
    wire  w_we_q$q;
    reg  w_we_q$clock;
    reg  [26:0] acc$0$d;
    wire  [26:0] acc$0$q;
    reg  acc$0$clock;
    reg  [26:0] shadow$0$d;
    wire  [26:0] shadow$0$q;
    reg  shadow$0$clock;
    
    // Local signals
    reg  [26:0] chain_b;
    reg  [26:0] prod_ext;
    
    // Sub module instances
    gridcore_tile$lanes$11$weights weights(
        .read_address(weights$read_address),
        .read_clock(weights$read_clock),
        .read_data(weights$read_data),
        .write_address(weights$write_address),
        .write_clock(weights$write_clock),
        .write_data(weights$write_data),
        .write_enable(weights$write_enable)
    );
    gridcore_tile$lanes$11$w_we_q w_we_q(
        .d(w_we_q$d),
        .q(w_we_q$q),
        .clock(w_we_q$clock)
    );
    gridcore_tile$lanes$11$acc$0 acc$0(
        .d(acc$0$d),
        .q(acc$0$q),
        .clock(acc$0$clock)
    );
    gridcore_tile$lanes$11$shadow$0 shadow$0(
        .d(shadow$0$d),
        .q(shadow$0$q),
        .clock(shadow$0$clock)
    );
    
    // Update code
    always @(*) begin
        w_we_q$clock = clock;
        w_we_q$d = w_we_q$q;
        weights$read_clock = clock;
        weights$write_clock = clock;
        weights$read_address = w_raddr;
        weights$write_address = w_waddr;
        weights$write_data = w_wdata;
        w_we_q$d = w_we & ~reset;
        weights$write_enable = w_we_q$q;
        w_out = weights$read_data;
        prod_ext = ((prod_in ^ 32'h8000) & 27'h7ffffff) - 32'h8000;
        shadow_out = 32'h0;
        shadow0 = 32'h0;
        shadow1 = 32'h0;
        shadow2 = 32'h0;
        shadow3 = 32'h0;
        acc$0$clock = clock;
        acc$0$d = acc$0$q;
        shadow$0$clock = clock;
        shadow$0$d = shadow$0$q;
        if (acc_en & (acc_b == 0)) begin
            if (acc_first) begin
                acc$0$d = prod_ext;
            end
            else begin
                acc$0$d = acc$0$q + prod_ext;
            end
        end
        chain_b = chain_in0;
        if (0 == 32'h1) begin
            chain_b = chain_in1;
        end
        if (0 == 32'h2) begin
            chain_b = chain_in2;
        end
        if (0 == 32'h3) begin
            chain_b = chain_in3;
        end
        if (0 == 32'h0) begin
            shadow0 = shadow$0$q;
        end
        if (0 == 32'h1) begin
            shadow1 = shadow$0$q;
        end
        if (0 == 32'h2) begin
            shadow2 = shadow$0$q;
        end
        if (0 == 32'h3) begin
            shadow3 = shadow$0$q;
        end
        if (shadow_shift & (drain_b == 0)) begin
            shadow$0$d = chain_b;
        end
        if (shadow_load) begin
            shadow$0$d = acc$0$q;
        end
        if (drain_b == 0) begin
            shadow_out = shadow$0$q;
        end
        if (reset) begin
            acc$0$d = 32'h0;
            shadow$0$d = 32'h0;
        end
    end
    
endmodule // gridcore_tile$lanes$11


module gridcore_tile$lanes$11$acc$0(d,q,clock);
    
    // Module arguments
    input wire  [26:0] d;
    output reg  [26:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 27'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$11$acc$0


module gridcore_tile$lanes$11$shadow$0(d,q,clock);
    
    // Module arguments
    input wire  [26:0] d;
    output reg  [26:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 27'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$11$shadow$0


module gridcore_tile$lanes$11$w_we_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$11$w_we_q


module gridcore_tile$lanes$11$weights(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [7:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [7:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *) reg[7:0] mem[511:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // gridcore_tile$lanes$11$weights


module gridcore_tile$lanes$12(clock,reset,w_we,w_waddr,w_wdata,w_raddr,w_out,prod_in,acc_en,acc_first,acc_b,shadow_load,drain_b,shadow_shift,chain_in0,chain_in1,chain_in2,chain_in3,shadow0,shadow1,shadow2,shadow3,shadow_out);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  w_we;
    input wire  [8:0] w_waddr;
    input wire  [7:0] w_wdata;
    input wire  [8:0] w_raddr;
    output reg  [7:0] w_out;
    input wire  [15:0] prod_in;
    input wire  acc_en;
    input wire  acc_first;
    input wire  [1:0] acc_b;
    input wire  shadow_load;
    input wire  [1:0] drain_b;
    input wire  shadow_shift;
    input wire  [26:0] chain_in0;
    input wire  [26:0] chain_in1;
    input wire  [26:0] chain_in2;
    input wire  [26:0] chain_in3;
    output reg  [26:0] shadow0;
    output reg  [26:0] shadow1;
    output reg  [26:0] shadow2;
    output reg  [26:0] shadow3;
    output reg  [26:0] shadow_out;
    
    // Stub signals
    reg  [8:0] weights$read_address;
    reg  weights$read_clock;
    wire  [7:0] weights$read_data;
    reg  [8:0] weights$write_address;
    reg  weights$write_clock;
    reg  [7:0] weights$write_data;
    reg  weights$write_enable;
    reg  w_we_q$d;
    wire  w_we_q$q;
    reg  w_we_q$clock;
    reg  [26:0] acc$0$d;
    wire  [26:0] acc$0$q;
    reg  acc$0$clock;
    reg  [26:0] shadow$0$d;
    wire  [26:0] shadow$0$q;
    reg  shadow$0$clock;
    
    // Local signals
    reg  [26:0] chain_b;
    reg  [26:0] prod_ext;
    
    // Sub module instances
    gridcore_tile$lanes$12$weights weights(
        .read_address(weights$read_address),
        .read_clock(weights$read_clock),
        .read_data(weights$read_data),
        .write_address(weights$write_address),
        .write_clock(weights$write_clock),
        .write_data(weights$write_data),
        .write_enable(weights$write_enable)
    );
    gridcore_tile$lanes$12$w_we_q w_we_q(
        .d(w_we_q$d),
        .q(w_we_q$q),
        .clock(w_we_q$clock)
    );
    gridcore_tile$lanes$12$acc$0 acc$0(
        .d(acc$0$d),
        .q(acc$0$q),
        .clock(acc$0$clock)
    );
    gridcore_tile$lanes$12$shadow$0 shadow$0(
        .d(shadow$0$d),
        .q(shadow$0$q),
        .clock(shadow$0$clock)
    );
    
    // Update code
    always @(*) begin
        w_we_q$clock = clock;
        w_we_q$d = w_we_q$q;
        weights$read_clock = clock;
        weights$write_clock = clock;
        weights$read_address = w_raddr;
        weights$write_address = w_waddr;
        weights$write_data = w_wdata;
        w_we_q$d = w_we & ~reset;
        weights$write_enable = w_we_q$q;
        w_out = weights$read_data;
        prod_ext = ((prod_in ^ 32'h8000) & 27'h7ffffff) - 32'h8000;
        shadow_out = 32'h0;
        shadow0 = 32'h0;
        shadow1 = 32'h0;
        shadow2 = 32'h0;
        shadow3 = 32'h0;
        acc$0$clock = clock;
        acc$0$d = acc$0$q;
        shadow$0$clock = clock;
        shadow$0$d = shadow$0$q;
        if (acc_en & (acc_b == 0)) begin
            if (acc_first) begin
                acc$0$d = prod_ext;
            end
            else begin
                acc$0$d = acc$0$q + prod_ext;
            end
        end
        chain_b = chain_in0;
        if (0 == 32'h1) begin
            chain_b = chain_in1;
        end
        if (0 == 32'h2) begin
            chain_b = chain_in2;
        end
        if (0 == 32'h3) begin
            chain_b = chain_in3;
        end
        if (0 == 32'h0) begin
            shadow0 = shadow$0$q;
        end
        if (0 == 32'h1) begin
            shadow1 = shadow$0$q;
        end
        if (0 == 32'h2) begin
            shadow2 = shadow$0$q;
        end
        if (0 == 32'h3) begin
            shadow3 = shadow$0$q;
        end
        if (shadow_shift & (drain_b == 0)) begin
            shadow$0$d = chain_b;
        end
        if (shadow_load) begin
            shadow$0$d = acc$0$q;
        end
        if (drain_b == 0) begin
            shadow_out = shadow$0$q;
        end
        if (reset) begin
            acc$0$d = 32'h0;
            shadow$0$d = 32'h0;
        end
    end
    
endmodule // gridcore_tile$lanes$12


module gridcore_tile$lanes$12$acc$0(d,q,clock);
    
    // Module arguments
    input wire  [26:0] d;
    output reg  [26:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 27'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$12$acc$0


module gridcore_tile$lanes$12$shadow$0(d,q,clock);
    
    // Module arguments
    input wire  [26:0] d;
    output reg  [26:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 27'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$12$shadow$0


module gridcore_tile$lanes$12$w_we_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$12$w_we_q


module gridcore_tile$lanes$12$weights(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [7:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [7:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *) reg[7:0] mem[511:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // gridcore_tile$lanes$12$weights


module gridcore_tile$lanes$13(clock,reset,w_we,w_waddr,w_wdata,w_raddr,w_out,prod_in,acc_en,acc_first,acc_b,shadow_load,drain_b,shadow_shift,chain_in0,chain_in1,chain_in2,chain_in3,shadow0,shadow1,shadow2,shadow3,shadow_out);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  w_we;
    input wire  [8:0] w_waddr;
    input wire  [7:0] w_wdata;
    input wire  [8:0] w_raddr;
    output reg  [7:0] w_out;
    input wire  [15:0] prod_in;
    input wire  acc_en;
    input wire  acc_first;
    input wire  [1:0] acc_b;
    input wire  shadow_load;
    input wire  [1:0] drain_b;
    input wire  shadow_shift;
    input wire  [26:0] chain_in0;
    input wire  [26:0] chain_in1;
    input wire  [26:0] chain_in2;
    input wire  [26:0] chain_in3;
    output reg  [26:0] shadow0;
    output reg  [26:0] shadow1;
    output reg  [26:0] shadow2;
    output reg  [26:0] shadow3;
    output reg  [26:0] shadow_out;
    
    // Stub signals
    reg  [8:0] weights$read_address;
    reg  weights$read_clock;
    wire  [7:0] weights$read_data;
    reg  [8:0] weights$write_address;
    reg  weights$write_clock;
    reg  [7:0] weights$write_data;
    reg  weights$write_enable;
    reg  w_we_q$d;
    wire  w_we_q$q;
    reg  w_we_q$clock;
    reg  [26:0] acc$0$d;
    wire  [26:0] acc$0$q;
    reg  acc$0$clock;
    reg  [26:0] shadow$0$d;
    wire  [26:0] shadow$0$q;
    reg  shadow$0$clock;
    
    // Local signals
    reg  [26:0] chain_b;
    reg  [26:0] prod_ext;
    
    // Sub module instances
    gridcore_tile$lanes$13$weights weights(
        .read_address(weights$read_address),
        .read_clock(weights$read_clock),
        .read_data(weights$read_data),
        .write_address(weights$write_address),
        .write_clock(weights$write_clock),
        .write_data(weights$write_data),
        .write_enable(weights$write_enable)
    );
    gridcore_tile$lanes$13$w_we_q w_we_q(
        .d(w_we_q$d),
        .q(w_we_q$q),
        .clock(w_we_q$clock)
    );
    gridcore_tile$lanes$13$acc$0 acc$0(
        .d(acc$0$d),
        .q(acc$0$q),
        .clock(acc$0$clock)
    );
    gridcore_tile$lanes$13$shadow$0 shadow$0(
        .d(shadow$0$d),
        .q(shadow$0$q),
        .clock(shadow$0$clock)
    );
    
    // Update code
    always @(*) begin
        w_we_q$clock = clock;
        w_we_q$d = w_we_q$q;
        weights$read_clock = clock;
        weights$write_clock = clock;
        weights$read_address = w_raddr;
        weights$write_address = w_waddr;
        weights$write_data = w_wdata;
        w_we_q$d = w_we & ~reset;
        weights$write_enable = w_we_q$q;
        w_out = weights$read_data;
        prod_ext = ((prod_in ^ 32'h8000) & 27'h7ffffff) - 32'h8000;
        shadow_out = 32'h0;
        shadow0 = 32'h0;
        shadow1 = 32'h0;
        shadow2 = 32'h0;
        shadow3 = 32'h0;
        acc$0$clock = clock;
        acc$0$d = acc$0$q;
        shadow$0$clock = clock;
        shadow$0$d = shadow$0$q;
        if (acc_en & (acc_b == 0)) begin
            if (acc_first) begin
                acc$0$d = prod_ext;
            end
            else begin
                acc$0$d = acc$0$q + prod_ext;
            end
        end
        chain_b = chain_in0;
        if (0 == 32'h1) begin
            chain_b = chain_in1;
        end
        if (0 == 32'h2) begin
            chain_b = chain_in2;
        end
        if (0 == 32'h3) begin
            chain_b = chain_in3;
        end
        if (0 == 32'h0) begin
            shadow0 = shadow$0$q;
        end
        if (0 == 32'h1) begin
            shadow1 = shadow$0$q;
        end
        if (0 == 32'h2) begin
            shadow2 = shadow$0$q;
        end
        if (0 == 32'h3) begin
            shadow3 = shadow$0$q;
        end
        if (shadow_shift & (drain_b == 0)) begin
            shadow$0$d = chain_b;
        end
        if (shadow_load) begin
            shadow$0$d = acc$0$q;
        end
        if (drain_b == 0) begin
            shadow_out = shadow$0$q;
        end
        if (reset) begin
            acc$0$d = 32'h0;
            shadow$0$d = 32'h0;
        end
    end
    
endmodule // gridcore_tile$lanes$13


module gridcore_tile$lanes$13$acc$0(d,q,clock);
    
    // Module arguments
    input wire  [26:0] d;
    output reg  [26:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 27'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$13$acc$0


module gridcore_tile$lanes$13$shadow$0(d,q,clock);
    
    // Module arguments
    input wire  [26:0] d;
    output reg  [26:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 27'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$13$shadow$0


module gridcore_tile$lanes$13$w_we_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$13$w_we_q


module gridcore_tile$lanes$13$weights(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [7:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [7:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *) reg[7:0] mem[511:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // gridcore_tile$lanes$13$weights


module gridcore_tile$lanes$14(clock,reset,w_we,w_waddr,w_wdata,w_raddr,w_out,prod_in,acc_en,acc_first,acc_b,shadow_load,drain_b,shadow_shift,chain_in0,chain_in1,chain_in2,chain_in3,shadow0,shadow1,shadow2,shadow3,shadow_out);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  w_we;
    input wire  [8:0] w_waddr;
    input wire  [7:0] w_wdata;
    input wire  [8:0] w_raddr;
    output reg  [7:0] w_out;
    input wire  [15:0] prod_in;
    input wire  acc_en;
    input wire  acc_first;
    input wire  [1:0] acc_b;
    input wire  shadow_load;
    input wire  [1:0] drain_b;
    input wire  shadow_shift;
    input wire  [26:0] chain_in0;
    input wire  [26:0] chain_in1;
    input wire  [26:0] chain_in2;
    input wire  [26:0] chain_in3;
    output reg  [26:0] shadow0;
    output reg  [26:0] shadow1;
    output reg  [26:0] shadow2;
    output reg  [26:0] shadow3;
    output reg  [26:0] shadow_out;
    
    // Stub signals
    reg  [8:0] weights$read_address;
    reg  weights$read_clock;
    wire  [7:0] weights$read_data;
    reg  [8:0] weights$write_address;
    reg  weights$write_clock;
    reg  [7:0] weights$write_data;
    reg  weights$write_enable;
    reg  w_we_q$d;
    wire  w_we_q$q;
    reg  w_we_q$clock;
    reg  [26:0] acc$0$d;
    wire  [26:0] acc$0$q;
    reg  acc$0$clock;
    reg  [26:0] shadow$0$d;
    wire  [26:0] shadow$0$q;
    reg  shadow$0$clock;
    
    // Local signals
    reg  [26:0] chain_b;
    reg  [26:0] prod_ext;
    
    // Sub module instances
    gridcore_tile$lanes$14$weights weights(
        .read_address(weights$read_address),
        .read_clock(weights$read_clock),
        .read_data(weights$read_data),
        .write_address(weights$write_address),
        .write_clock(weights$write_clock),
        .write_data(weights$write_data),
        .write_enable(weights$write_enable)
    );
    gridcore_tile$lanes$14$w_we_q w_we_q(
        .d(w_we_q$d),
        .q(w_we_q$q),
        .clock(w_we_q$clock)
    );
    gridcore_tile$lanes$14$acc$0 acc$0(
        .d(acc$0$d),
        .q(acc$0$q),
        .clock(acc$0$clock)
    );
    gridcore_tile$lanes$14$shadow$0 shadow$0(
        .d(shadow$0$d),
        .q(shadow$0$q),
        .clock(shadow$0$clock)
    );
    
    // Update code
    always @(*) begin
        w_we_q$clock = clock;
        w_we_q$d = w_we_q$q;
        weights$read_clock = clock;
        weights$write_clock = clock;
        weights$read_address = w_raddr;
        weights$write_address = w_waddr;
        weights$write_data = w_wdata;
        w_we_q$d = w_we & ~reset;
        weights$write_enable = w_we_q$q;
        w_out = weights$read_data;
        prod_ext = ((prod_in ^ 32'h8000) & 27'h7ffffff) - 32'h8000;
        shadow_out = 32'h0;
        shadow0 = 32'h0;
        shadow1 = 32'h0;
        shadow2 = 32'h0;
        shadow3 = 32'h0;
        acc$0$clock = clock;
        acc$0$d = acc$0$q;
        shadow$0$clock = clock;
        shadow$0$d = shadow$0$q;
        if (acc_en & (acc_b == 0)) begin
            if (acc_first) begin
                acc$0$d = prod_ext;
            end
            else begin
                acc$0$d = acc$0$q + prod_ext;
            end
        end
        chain_b = chain_in0;
        if (0 == 32'h1) begin
            chain_b = chain_in1;
        end
        if (0 == 32'h2) begin
            chain_b = chain_in2;
        end
        if (0 == 32'h3) begin
            chain_b = chain_in3;
        end
        if (0 == 32'h0) begin
            shadow0 = shadow$0$q;
        end
        if (0 == 32'h1) begin
            shadow1 = shadow$0$q;
        end
        if (0 == 32'h2) begin
            shadow2 = shadow$0$q;
        end
        if (0 == 32'h3) begin
            shadow3 = shadow$0$q;
        end
        if (shadow_shift & (drain_b == 0)) begin
            shadow$0$d = chain_b;
        end
        if (shadow_load) begin
            shadow$0$d = acc$0$q;
        end
        if (drain_b == 0) begin
            shadow_out = shadow$0$q;
        end
        if (reset) begin
            acc$0$d = 32'h0;
            shadow$0$d = 32'h0;
        end
    end
    
endmodule // gridcore_tile$lanes$14


module gridcore_tile$lanes$14$acc$0(d,q,clock);
    
    // Module arguments
    input wire  [26:0] d;
    output reg  [26:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 27'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$14$acc$0


module gridcore_tile$lanes$14$shadow$0(d,q,clock);
    
    // Module arguments
    input wire  [26:0] d;
    output reg  [26:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 27'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$14$shadow$0


module gridcore_tile$lanes$14$w_we_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$14$w_we_q


module gridcore_tile$lanes$14$weights(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [7:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [7:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *) reg[7:0] mem[511:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // gridcore_tile$lanes$14$weights


module gridcore_tile$lanes$15(clock,reset,w_we,w_waddr,w_wdata,w_raddr,w_out,prod_in,acc_en,acc_first,acc_b,shadow_load,drain_b,shadow_shift,chain_in0,chain_in1,chain_in2,chain_in3,shadow0,shadow1,shadow2,shadow3,shadow_out);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  w_we;
    input wire  [8:0] w_waddr;
    input wire  [7:0] w_wdata;
    input wire  [8:0] w_raddr;
    output reg  [7:0] w_out;
    input wire  [15:0] prod_in;
    input wire  acc_en;
    input wire  acc_first;
    input wire  [1:0] acc_b;
    input wire  shadow_load;
    input wire  [1:0] drain_b;
    input wire  shadow_shift;
    input wire  [26:0] chain_in0;
    input wire  [26:0] chain_in1;
    input wire  [26:0] chain_in2;
    input wire  [26:0] chain_in3;
    output reg  [26:0] shadow0;
    output reg  [26:0] shadow1;
    output reg  [26:0] shadow2;
    output reg  [26:0] shadow3;
    output reg  [26:0] shadow_out;
    
    // Stub signals
    reg  [8:0] weights$read_address;
    reg  weights$read_clock;
    wire  [7:0] weights$read_data;
    reg  [8:0] weights$write_address;
    reg  weights$write_clock;
    reg  [7:0] weights$write_data;
    reg  weights$write_enable;
    reg  w_we_q$d;
    wire  w_we_q$q;
    reg  w_we_q$clock;
    reg  [26:0] acc$0$d;
    wire  [26:0] acc$0$q;
    reg  acc$0$clock;
    reg  [26:0] shadow$0$d;
    wire  [26:0] shadow$0$q;
    reg  shadow$0$clock;
    
    // Local signals
    reg  [26:0] chain_b;
    reg  [26:0] prod_ext;
    
    // Sub module instances
    gridcore_tile$lanes$15$weights weights(
        .read_address(weights$read_address),
        .read_clock(weights$read_clock),
        .read_data(weights$read_data),
        .write_address(weights$write_address),
        .write_clock(weights$write_clock),
        .write_data(weights$write_data),
        .write_enable(weights$write_enable)
    );
    gridcore_tile$lanes$15$w_we_q w_we_q(
        .d(w_we_q$d),
        .q(w_we_q$q),
        .clock(w_we_q$clock)
    );
    gridcore_tile$lanes$15$acc$0 acc$0(
        .d(acc$0$d),
        .q(acc$0$q),
        .clock(acc$0$clock)
    );
    gridcore_tile$lanes$15$shadow$0 shadow$0(
        .d(shadow$0$d),
        .q(shadow$0$q),
        .clock(shadow$0$clock)
    );
    
    // Update code
    always @(*) begin
        w_we_q$clock = clock;
        w_we_q$d = w_we_q$q;
        weights$read_clock = clock;
        weights$write_clock = clock;
        weights$read_address = w_raddr;
        weights$write_address = w_waddr;
        weights$write_data = w_wdata;
        w_we_q$d = w_we & ~reset;
        weights$write_enable = w_we_q$q;
        w_out = weights$read_data;
        prod_ext = ((prod_in ^ 32'h8000) & 27'h7ffffff) - 32'h8000;
        shadow_out = 32'h0;
        shadow0 = 32'h0;
        shadow1 = 32'h0;
        shadow2 = 32'h0;
        shadow3 = 32'h0;
        acc$0$clock = clock;
        acc$0$d = acc$0$q;
        shadow$0$clock = clock;
        shadow$0$d = shadow$0$q;
        if (acc_en & (acc_b == 0)) begin
            if (acc_first) begin
                acc$0$d = prod_ext;
            end
            else begin
                acc$0$d = acc$0$q + prod_ext;
            end
        end
        chain_b = chain_in0;
        if (0 == 32'h1) begin
            chain_b = chain_in1;
        end
        if (0 == 32'h2) begin
            chain_b = chain_in2;
        end
        if (0 == 32'h3) begin
            chain_b = chain_in3;
        end
        if (0 == 32'h0) begin
            shadow0 = shadow$0$q;
        end
        if (0 == 32'h1) begin
            shadow1 = shadow$0$q;
        end
        if (0 == 32'h2) begin
            shadow2 = shadow$0$q;
        end
        if (0 == 32'h3) begin
            shadow3 = shadow$0$q;
        end
        if (shadow_shift & (drain_b == 0)) begin
            shadow$0$d = chain_b;
        end
        if (shadow_load) begin
            shadow$0$d = acc$0$q;
        end
        if (drain_b == 0) begin
            shadow_out = shadow$0$q;
        end
        if (reset) begin
            acc$0$d = 32'h0;
            shadow$0$d = 32'h0;
        end
    end
    
endmodule // gridcore_tile$lanes$15


module gridcore_tile$lanes$15$acc$0(d,q,clock);
    
    // Module arguments
    input wire  [26:0] d;
    output reg  [26:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 27'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$15$acc$0


module gridcore_tile$lanes$15$shadow$0(d,q,clock);
    
    // Module arguments
    input wire  [26:0] d;
    output reg  [26:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 27'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$15$shadow$0


module gridcore_tile$lanes$15$w_we_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$15$w_we_q


module gridcore_tile$lanes$15$weights(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [7:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [7:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *) reg[7:0] mem[511:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // gridcore_tile$lanes$15$weights


module gridcore_tile$lanes$2(clock,reset,w_we,w_waddr,w_wdata,w_raddr,w_out,prod_in,acc_en,acc_first,acc_b,shadow_load,drain_b,shadow_shift,chain_in0,chain_in1,chain_in2,chain_in3,shadow0,shadow1,shadow2,shadow3,shadow_out);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  w_we;
    input wire  [8:0] w_waddr;
    input wire  [7:0] w_wdata;
    input wire  [8:0] w_raddr;
    output reg  [7:0] w_out;
    input wire  [15:0] prod_in;
    input wire  acc_en;
    input wire  acc_first;
    input wire  [1:0] acc_b;
    input wire  shadow_load;
    input wire  [1:0] drain_b;
    input wire  shadow_shift;
    input wire  [26:0] chain_in0;
    input wire  [26:0] chain_in1;
    input wire  [26:0] chain_in2;
    input wire  [26:0] chain_in3;
    output reg  [26:0] shadow0;
    output reg  [26:0] shadow1;
    output reg  [26:0] shadow2;
    output reg  [26:0] shadow3;
    output reg  [26:0] shadow_out;
    
    // Stub signals
    reg  [8:0] weights$read_address;
    reg  weights$read_clock;
    wire  [7:0] weights$read_data;
    reg  [8:0] weights$write_address;
    reg  weights$write_clock;
    reg  [7:0] weights$write_data;
    reg  weights$write_enable;
    reg  w_we_q$d;
    wire  w_we_q$q;
    reg  w_we_q$clock;
    reg  [26:0] acc$0$d;
    wire  [26:0] acc$0$q;
    reg  acc$0$clock;
    reg  [26:0] shadow$0$d;
    wire  [26:0] shadow$0$q;
    reg  shadow$0$clock;
    
    // Local signals
    reg  [26:0] chain_b;
    reg  [26:0] prod_ext;
    
    // Sub module instances
    gridcore_tile$lanes$2$weights weights(
        .read_address(weights$read_address),
        .read_clock(weights$read_clock),
        .read_data(weights$read_data),
        .write_address(weights$write_address),
        .write_clock(weights$write_clock),
        .write_data(weights$write_data),
        .write_enable(weights$write_enable)
    );
    gridcore_tile$lanes$2$w_we_q w_we_q(
        .d(w_we_q$d),
        .q(w_we_q$q),
        .clock(w_we_q$clock)
    );
    gridcore_tile$lanes$2$acc$0 acc$0(
        .d(acc$0$d),
        .q(acc$0$q),
        .clock(acc$0$clock)
    );
    gridcore_tile$lanes$2$shadow$0 shadow$0(
        .d(shadow$0$d),
        .q(shadow$0$q),
        .clock(shadow$0$clock)
    );
    
    // Update code
    always @(*) begin
        w_we_q$clock = clock;
        w_we_q$d = w_we_q$q;
        weights$read_clock = clock;
        weights$write_clock = clock;
        weights$read_address = w_raddr;
        weights$write_address = w_waddr;
        weights$write_data = w_wdata;
        w_we_q$d = w_we & ~reset;
        weights$write_enable = w_we_q$q;
        w_out = weights$read_data;
        prod_ext = ((prod_in ^ 32'h8000) & 27'h7ffffff) - 32'h8000;
        shadow_out = 32'h0;
        shadow0 = 32'h0;
        shadow1 = 32'h0;
        shadow2 = 32'h0;
        shadow3 = 32'h0;
        acc$0$clock = clock;
        acc$0$d = acc$0$q;
        shadow$0$clock = clock;
        shadow$0$d = shadow$0$q;
        if (acc_en & (acc_b == 0)) begin
            if (acc_first) begin
                acc$0$d = prod_ext;
            end
            else begin
                acc$0$d = acc$0$q + prod_ext;
            end
        end
        chain_b = chain_in0;
        if (0 == 32'h1) begin
            chain_b = chain_in1;
        end
        if (0 == 32'h2) begin
            chain_b = chain_in2;
        end
        if (0 == 32'h3) begin
            chain_b = chain_in3;
        end
        if (0 == 32'h0) begin
            shadow0 = shadow$0$q;
        end
        if (0 == 32'h1) begin
            shadow1 = shadow$0$q;
        end
        if (0 == 32'h2) begin
            shadow2 = shadow$0$q;
        end
        if (0 == 32'h3) begin
            shadow3 = shadow$0$q;
        end
        if (shadow_shift & (drain_b == 0)) begin
            shadow$0$d = chain_b;
        end
        if (shadow_load) begin
            shadow$0$d = acc$0$q;
        end
        if (drain_b == 0) begin
            shadow_out = shadow$0$q;
        end
        if (reset) begin
            acc$0$d = 32'h0;
            shadow$0$d = 32'h0;
        end
    end
    
endmodule // gridcore_tile$lanes$2


module gridcore_tile$lanes$2$acc$0(d,q,clock);
    
    // Module arguments
    input wire  [26:0] d;
    output reg  [26:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 27'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$2$acc$0


module gridcore_tile$lanes$2$shadow$0(d,q,clock);
    
    // Module arguments
    input wire  [26:0] d;
    output reg  [26:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 27'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$2$shadow$0


module gridcore_tile$lanes$2$w_we_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$2$w_we_q


module gridcore_tile$lanes$2$weights(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [7:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [7:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *) reg[7:0] mem[511:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // gridcore_tile$lanes$2$weights


module gridcore_tile$lanes$3(clock,reset,w_we,w_waddr,w_wdata,w_raddr,w_out,prod_in,acc_en,acc_first,acc_b,shadow_load,drain_b,shadow_shift,chain_in0,chain_in1,chain_in2,chain_in3,shadow0,shadow1,shadow2,shadow3,shadow_out);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  w_we;
    input wire  [8:0] w_waddr;
    input wire  [7:0] w_wdata;
    input wire  [8:0] w_raddr;
    output reg  [7:0] w_out;
    input wire  [15:0] prod_in;
    input wire  acc_en;
    input wire  acc_first;
    input wire  [1:0] acc_b;
    input wire  shadow_load;
    input wire  [1:0] drain_b;
    input wire  shadow_shift;
    input wire  [26:0] chain_in0;
    input wire  [26:0] chain_in1;
    input wire  [26:0] chain_in2;
    input wire  [26:0] chain_in3;
    output reg  [26:0] shadow0;
    output reg  [26:0] shadow1;
    output reg  [26:0] shadow2;
    output reg  [26:0] shadow3;
    output reg  [26:0] shadow_out;
    
    // Stub signals
    reg  [8:0] weights$read_address;
    reg  weights$read_clock;
    wire  [7:0] weights$read_data;
    reg  [8:0] weights$write_address;
    reg  weights$write_clock;
    reg  [7:0] weights$write_data;
    reg  weights$write_enable;
    reg  w_we_q$d;
    wire  w_we_q$q;
    reg  w_we_q$clock;
    reg  [26:0] acc$0$d;
    wire  [26:0] acc$0$q;
    reg  acc$0$clock;
    reg  [26:0] shadow$0$d;
    wire  [26:0] shadow$0$q;
    reg  shadow$0$clock;
    
    // Local signals
    reg  [26:0] chain_b;
    reg  [26:0] prod_ext;
    
    // Sub module instances
    gridcore_tile$lanes$3$weights weights(
        .read_address(weights$read_address),
        .read_clock(weights$read_clock),
        .read_data(weights$read_data),
        .write_address(weights$write_address),
        .write_clock(weights$write_clock),
        .write_data(weights$write_data),
        .write_enable(weights$write_enable)
    );
    gridcore_tile$lanes$3$w_we_q w_we_q(
        .d(w_we_q$d),
        .q(w_we_q$q),
        .clock(w_we_q$clock)
    );
    gridcore_tile$lanes$3$acc$0 acc$0(
        .d(acc$0$d),
        .q(acc$0$q),
        .clock(acc$0$clock)
    );
    gridcore_tile$lanes$3$shadow$0 shadow$0(
        .d(shadow$0$d),
        .q(shadow$0$q),
        .clock(shadow$0$clock)
    );
    
    // Update code
    always @(*) begin
        w_we_q$clock = clock;
        w_we_q$d = w_we_q$q;
        weights$read_clock = clock;
        weights$write_clock = clock;
        weights$read_address = w_raddr;
        weights$write_address = w_waddr;
        weights$write_data = w_wdata;
        w_we_q$d = w_we & ~reset;
        weights$write_enable = w_we_q$q;
        w_out = weights$read_data;
        prod_ext = ((prod_in ^ 32'h8000) & 27'h7ffffff) - 32'h8000;
        shadow_out = 32'h0;
        shadow0 = 32'h0;
        shadow1 = 32'h0;
        shadow2 = 32'h0;
        shadow3 = 32'h0;
        acc$0$clock = clock;
        acc$0$d = acc$0$q;
        shadow$0$clock = clock;
        shadow$0$d = shadow$0$q;
        if (acc_en & (acc_b == 0)) begin
            if (acc_first) begin
                acc$0$d = prod_ext;
            end
            else begin
                acc$0$d = acc$0$q + prod_ext;
            end
        end
        chain_b = chain_in0;
        if (0 == 32'h1) begin
            chain_b = chain_in1;
        end
        if (0 == 32'h2) begin
            chain_b = chain_in2;
        end
        if (0 == 32'h3) begin
            chain_b = chain_in3;
        end
        if (0 == 32'h0) begin
            shadow0 = shadow$0$q;
        end
        if (0 == 32'h1) begin
            shadow1 = shadow$0$q;
        end
        if (0 == 32'h2) begin
            shadow2 = shadow$0$q;
        end
        if (0 == 32'h3) begin
            shadow3 = shadow$0$q;
        end
        if (shadow_shift & (drain_b == 0)) begin
            shadow$0$d = chain_b;
        end
        if (shadow_load) begin
            shadow$0$d = acc$0$q;
        end
        if (drain_b == 0) begin
            shadow_out = shadow$0$q;
        end
        if (reset) begin
            acc$0$d = 32'h0;
            shadow$0$d = 32'h0;
        end
    end
    
endmodule // gridcore_tile$lanes$3


module gridcore_tile$lanes$3$acc$0(d,q,clock);
    
    // Module arguments
    input wire  [26:0] d;
    output reg  [26:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 27'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$3$acc$0


module gridcore_tile$lanes$3$shadow$0(d,q,clock);
    
    // Module arguments
    input wire  [26:0] d;
    output reg  [26:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 27'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$3$shadow$0


module gridcore_tile$lanes$3$w_we_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$3$w_we_q


module gridcore_tile$lanes$3$weights(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [7:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [7:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *) reg[7:0] mem[511:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // gridcore_tile$lanes$3$weights


module gridcore_tile$lanes$4(clock,reset,w_we,w_waddr,w_wdata,w_raddr,w_out,prod_in,acc_en,acc_first,acc_b,shadow_load,drain_b,shadow_shift,chain_in0,chain_in1,chain_in2,chain_in3,shadow0,shadow1,shadow2,shadow3,shadow_out);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  w_we;
    input wire  [8:0] w_waddr;
    input wire  [7:0] w_wdata;
    input wire  [8:0] w_raddr;
    output reg  [7:0] w_out;
    input wire  [15:0] prod_in;
    input wire  acc_en;
    input wire  acc_first;
    input wire  [1:0] acc_b;
    input wire  shadow_load;
    input wire  [1:0] drain_b;
    input wire  shadow_shift;
    input wire  [26:0] chain_in0;
    input wire  [26:0] chain_in1;
    input wire  [26:0] chain_in2;
    input wire  [26:0] chain_in3;
    output reg  [26:0] shadow0;
    output reg  [26:0] shadow1;
    output reg  [26:0] shadow2;
    output reg  [26:0] shadow3;
    output reg  [26:0] shadow_out;
    
    // Stub signals
    reg  [8:0] weights$read_address;
    reg  weights$read_clock;
    wire  [7:0] weights$read_data;
    reg  [8:0] weights$write_address;
    reg  weights$write_clock;
    reg  [7:0] weights$write_data;
    reg  weights$write_enable;
    reg  w_we_q$d;
    wire  w_we_q$q;
    reg  w_we_q$clock;
    reg  [26:0] acc$0$d;
    wire  [26:0] acc$0$q;
    reg  acc$0$clock;
    reg  [26:0] shadow$0$d;
    wire  [26:0] shadow$0$q;
    reg  shadow$0$clock;
    
    // Local signals
    reg  [26:0] chain_b;
    reg  [26:0] prod_ext;
    
    // Sub module instances
    gridcore_tile$lanes$4$weights weights(
        .read_address(weights$read_address),
        .read_clock(weights$read_clock),
        .read_data(weights$read_data),
        .write_address(weights$write_address),
        .write_clock(weights$write_clock),
        .write_data(weights$write_data),
        .write_enable(weights$write_enable)
    );
    gridcore_tile$lanes$4$w_we_q w_we_q(
        .d(w_we_q$d),
        .q(w_we_q$q),
        .clock(w_we_q$clock)
    );
    gridcore_tile$lanes$4$acc$0 acc$0(
        .d(acc$0$d),
        .q(acc$0$q),
        .clock(acc$0$clock)
    );
    gridcore_tile$lanes$4$shadow$0 shadow$0(
        .d(shadow$0$d),
        .q(shadow$0$q),
        .clock(shadow$0$clock)
    );
    
    // Update code
    always @(*) begin
        w_we_q$clock = clock;
        w_we_q$d = w_we_q$q;
        weights$read_clock = clock;
        weights$write_clock = clock;
        weights$read_address = w_raddr;
        weights$write_address = w_waddr;
        weights$write_data = w_wdata;
        w_we_q$d = w_we & ~reset;
        weights$write_enable = w_we_q$q;
        w_out = weights$read_data;
        prod_ext = ((prod_in ^ 32'h8000) & 27'h7ffffff) - 32'h8000;
        shadow_out = 32'h0;
        shadow0 = 32'h0;
        shadow1 = 32'h0;
        shadow2 = 32'h0;
        shadow3 = 32'h0;
        acc$0$clock = clock;
        acc$0$d = acc$0$q;
        shadow$0$clock = clock;
        shadow$0$d = shadow$0$q;
        if (acc_en & (acc_b == 0)) begin
            if (acc_first) begin
                acc$0$d = prod_ext;
            end
            else begin
                acc$0$d = acc$0$q + prod_ext;
            end
        end
        chain_b = chain_in0;
        if (0 == 32'h1) begin
            chain_b = chain_in1;
        end
        if (0 == 32'h2) begin
            chain_b = chain_in2;
        end
        if (0 == 32'h3) begin
            chain_b = chain_in3;
        end
        if (0 == 32'h0) begin
            shadow0 = shadow$0$q;
        end
        if (0 == 32'h1) begin
            shadow1 = shadow$0$q;
        end
        if (0 == 32'h2) begin
            shadow2 = shadow$0$q;
        end
        if (0 == 32'h3) begin
            shadow3 = shadow$0$q;
        end
        if (shadow_shift & (drain_b == 0)) begin
            shadow$0$d = chain_b;
        end
        if (shadow_load) begin
            shadow$0$d = acc$0$q;
        end
        if (drain_b == 0) begin
            shadow_out = shadow$0$q;
        end
        if (reset) begin
            acc$0$d = 32'h0;
            shadow$0$d = 32'h0;
        end
    end
    
endmodule // gridcore_tile$lanes$4


module gridcore_tile$lanes$4$acc$0(d,q,clock);
    
    // Module arguments
    input wire  [26:0] d;
    output reg  [26:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 27'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$4$acc$0


module gridcore_tile$lanes$4$shadow$0(d,q,clock);
    
    // Module arguments
    input wire  [26:0] d;
    output reg  [26:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 27'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$4$shadow$0


module gridcore_tile$lanes$4$w_we_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$4$w_we_q


module gridcore_tile$lanes$4$weights(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [7:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [7:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *) reg[7:0] mem[511:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // gridcore_tile$lanes$4$weights


module gridcore_tile$lanes$5(clock,reset,w_we,w_waddr,w_wdata,w_raddr,w_out,prod_in,acc_en,acc_first,acc_b,shadow_load,drain_b,shadow_shift,chain_in0,chain_in1,chain_in2,chain_in3,shadow0,shadow1,shadow2,shadow3,shadow_out);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  w_we;
    input wire  [8:0] w_waddr;
    input wire  [7:0] w_wdata;
    input wire  [8:0] w_raddr;
    output reg  [7:0] w_out;
    input wire  [15:0] prod_in;
    input wire  acc_en;
    input wire  acc_first;
    input wire  [1:0] acc_b;
    input wire  shadow_load;
    input wire  [1:0] drain_b;
    input wire  shadow_shift;
    input wire  [26:0] chain_in0;
    input wire  [26:0] chain_in1;
    input wire  [26:0] chain_in2;
    input wire  [26:0] chain_in3;
    output reg  [26:0] shadow0;
    output reg  [26:0] shadow1;
    output reg  [26:0] shadow2;
    output reg  [26:0] shadow3;
    output reg  [26:0] shadow_out;
    
    // Stub signals
    reg  [8:0] weights$read_address;
    reg  weights$read_clock;
    wire  [7:0] weights$read_data;
    reg  [8:0] weights$write_address;
    reg  weights$write_clock;
    reg  [7:0] weights$write_data;
    reg  weights$write_enable;
    reg  w_we_q$d;
    wire  w_we_q$q;
    reg  w_we_q$clock;
    reg  [26:0] acc$0$d;
    wire  [26:0] acc$0$q;
    reg  acc$0$clock;
    reg  [26:0] shadow$0$d;
    wire  [26:0] shadow$0$q;
    reg  shadow$0$clock;
    
    // Local signals
    reg  [26:0] chain_b;
    reg  [26:0] prod_ext;
    
    // Sub module instances
    gridcore_tile$lanes$5$weights weights(
        .read_address(weights$read_address),
        .read_clock(weights$read_clock),
        .read_data(weights$read_data),
        .write_address(weights$write_address),
        .write_clock(weights$write_clock),
        .write_data(weights$write_data),
        .write_enable(weights$write_enable)
    );
    gridcore_tile$lanes$5$w_we_q w_we_q(
        .d(w_we_q$d),
        .q(w_we_q$q),
        .clock(w_we_q$clock)
    );
    gridcore_tile$lanes$5$acc$0 acc$0(
        .d(acc$0$d),
        .q(acc$0$q),
        .clock(acc$0$clock)
    );
    gridcore_tile$lanes$5$shadow$0 shadow$0(
        .d(shadow$0$d),
        .q(shadow$0$q),
        .clock(shadow$0$clock)
    );
    
    // Update code
    always @(*) begin
        w_we_q$clock = clock;
        w_we_q$d = w_we_q$q;
        weights$read_clock = clock;
        weights$write_clock = clock;
        weights$read_address = w_raddr;
        weights$write_address = w_waddr;
        weights$write_data = w_wdata;
        w_we_q$d = w_we & ~reset;
        weights$write_enable = w_we_q$q;
        w_out = weights$read_data;
        prod_ext = ((prod_in ^ 32'h8000) & 27'h7ffffff) - 32'h8000;
        shadow_out = 32'h0;
        shadow0 = 32'h0;
        shadow1 = 32'h0;
        shadow2 = 32'h0;
        shadow3 = 32'h0;
        acc$0$clock = clock;
        acc$0$d = acc$0$q;
        shadow$0$clock = clock;
        shadow$0$d = shadow$0$q;
        if (acc_en & (acc_b == 0)) begin
            if (acc_first) begin
                acc$0$d = prod_ext;
            end
            else begin
                acc$0$d = acc$0$q + prod_ext;
            end
        end
        chain_b = chain_in0;
        if (0 == 32'h1) begin
            chain_b = chain_in1;
        end
        if (0 == 32'h2) begin
            chain_b = chain_in2;
        end
        if (0 == 32'h3) begin
            chain_b = chain_in3;
        end
        if (0 == 32'h0) begin
            shadow0 = shadow$0$q;
        end
        if (0 == 32'h1) begin
            shadow1 = shadow$0$q;
        end
        if (0 == 32'h2) begin
            shadow2 = shadow$0$q;
        end
        if (0 == 32'h3) begin
            shadow3 = shadow$0$q;
        end
        if (shadow_shift & (drain_b == 0)) begin
            shadow$0$d = chain_b;
        end
        if (shadow_load) begin
            shadow$0$d = acc$0$q;
        end
        if (drain_b == 0) begin
            shadow_out = shadow$0$q;
        end
        if (reset) begin
            acc$0$d = 32'h0;
            shadow$0$d = 32'h0;
        end
    end
    
endmodule // gridcore_tile$lanes$5


module gridcore_tile$lanes$5$acc$0(d,q,clock);
    
    // Module arguments
    input wire  [26:0] d;
    output reg  [26:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 27'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$5$acc$0


module gridcore_tile$lanes$5$shadow$0(d,q,clock);
    
    // Module arguments
    input wire  [26:0] d;
    output reg  [26:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 27'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$5$shadow$0


module gridcore_tile$lanes$5$w_we_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$5$w_we_q


module gridcore_tile$lanes$5$weights(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [7:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [7:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *) reg[7:0] mem[511:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // gridcore_tile$lanes$5$weights


module gridcore_tile$lanes$6(clock,reset,w_we,w_waddr,w_wdata,w_raddr,w_out,prod_in,acc_en,acc_first,acc_b,shadow_load,drain_b,shadow_shift,chain_in0,chain_in1,chain_in2,chain_in3,shadow0,shadow1,shadow2,shadow3,shadow_out);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  w_we;
    input wire  [8:0] w_waddr;
    input wire  [7:0] w_wdata;
    input wire  [8:0] w_raddr;
    output reg  [7:0] w_out;
    input wire  [15:0] prod_in;
    input wire  acc_en;
    input wire  acc_first;
    input wire  [1:0] acc_b;
    input wire  shadow_load;
    input wire  [1:0] drain_b;
    input wire  shadow_shift;
    input wire  [26:0] chain_in0;
    input wire  [26:0] chain_in1;
    input wire  [26:0] chain_in2;
    input wire  [26:0] chain_in3;
    output reg  [26:0] shadow0;
    output reg  [26:0] shadow1;
    output reg  [26:0] shadow2;
    output reg  [26:0] shadow3;
    output reg  [26:0] shadow_out;
    
    // Stub signals
    reg  [8:0] weights$read_address;
    reg  weights$read_clock;
    wire  [7:0] weights$read_data;
    reg  [8:0] weights$write_address;
    reg  weights$write_clock;
    reg  [7:0] weights$write_data;
    reg  weights$write_enable;
    reg  w_we_q$d;
    wire  w_we_q$q;
    reg  w_we_q$clock;
    reg  [26:0] acc$0$d;
    wire  [26:0] acc$0$q;
    reg  acc$0$clock;
    reg  [26:0] shadow$0$d;
    wire  [26:0] shadow$0$q;
    reg  shadow$0$clock;
    
    // Local signals
    reg  [26:0] chain_b;
    reg  [26:0] prod_ext;
    
    // Sub module instances
    gridcore_tile$lanes$6$weights weights(
        .read_address(weights$read_address),
        .read_clock(weights$read_clock),
        .read_data(weights$read_data),
        .write_address(weights$write_address),
        .write_clock(weights$write_clock),
        .write_data(weights$write_data),
        .write_enable(weights$write_enable)
    );
    gridcore_tile$lanes$6$w_we_q w_we_q(
        .d(w_we_q$d),
        .q(w_we_q$q),
        .clock(w_we_q$clock)
    );
    gridcore_tile$lanes$6$acc$0 acc$0(
        .d(acc$0$d),
        .q(acc$0$q),
        .clock(acc$0$clock)
    );
    gridcore_tile$lanes$6$shadow$0 shadow$0(
        .d(shadow$0$d),
        .q(shadow$0$q),
        .clock(shadow$0$clock)
    );
    
    // Update code
    always @(*) begin
        w_we_q$clock = clock;
        w_we_q$d = w_we_q$q;
        weights$read_clock = clock;
        weights$write_clock = clock;
        weights$read_address = w_raddr;
        weights$write_address = w_waddr;
        weights$write_data = w_wdata;
        w_we_q$d = w_we & ~reset;
        weights$write_enable = w_we_q$q;
        w_out = weights$read_data;
        prod_ext = ((prod_in ^ 32'h8000) & 27'h7ffffff) - 32'h8000;
        shadow_out = 32'h0;
        shadow0 = 32'h0;
        shadow1 = 32'h0;
        shadow2 = 32'h0;
        shadow3 = 32'h0;
        acc$0$clock = clock;
        acc$0$d = acc$0$q;
        shadow$0$clock = clock;
        shadow$0$d = shadow$0$q;
        if (acc_en & (acc_b == 0)) begin
            if (acc_first) begin
                acc$0$d = prod_ext;
            end
            else begin
                acc$0$d = acc$0$q + prod_ext;
            end
        end
        chain_b = chain_in0;
        if (0 == 32'h1) begin
            chain_b = chain_in1;
        end
        if (0 == 32'h2) begin
            chain_b = chain_in2;
        end
        if (0 == 32'h3) begin
            chain_b = chain_in3;
        end
        if (0 == 32'h0) begin
            shadow0 = shadow$0$q;
        end
        if (0 == 32'h1) begin
            shadow1 = shadow$0$q;
        end
        if (0 == 32'h2) begin
            shadow2 = shadow$0$q;
        end
        if (0 == 32'h3) begin
            shadow3 = shadow$0$q;
        end
        if (shadow_shift & (drain_b == 0)) begin
            shadow$0$d = chain_b;
        end
        if (shadow_load) begin
            shadow$0$d = acc$0$q;
        end
        if (drain_b == 0) begin
            shadow_out = shadow$0$q;
        end
        if (reset) begin
            acc$0$d = 32'h0;
            shadow$0$d = 32'h0;
        end
    end
    
endmodule // gridcore_tile$lanes$6


module gridcore_tile$lanes$6$acc$0(d,q,clock);
    
    // Module arguments
    input wire  [26:0] d;
    output reg  [26:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 27'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$6$acc$0


module gridcore_tile$lanes$6$shadow$0(d,q,clock);
    
    // Module arguments
    input wire  [26:0] d;
    output reg  [26:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 27'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$6$shadow$0


module gridcore_tile$lanes$6$w_we_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$6$w_we_q


module gridcore_tile$lanes$6$weights(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [7:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [7:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *) reg[7:0] mem[511:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // gridcore_tile$lanes$6$weights


module gridcore_tile$lanes$7(clock,reset,w_we,w_waddr,w_wdata,w_raddr,w_out,prod_in,acc_en,acc_first,acc_b,shadow_load,drain_b,shadow_shift,chain_in0,chain_in1,chain_in2,chain_in3,shadow0,shadow1,shadow2,shadow3,shadow_out);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  w_we;
    input wire  [8:0] w_waddr;
    input wire  [7:0] w_wdata;
    input wire  [8:0] w_raddr;
    output reg  [7:0] w_out;
    input wire  [15:0] prod_in;
    input wire  acc_en;
    input wire  acc_first;
    input wire  [1:0] acc_b;
    input wire  shadow_load;
    input wire  [1:0] drain_b;
    input wire  shadow_shift;
    input wire  [26:0] chain_in0;
    input wire  [26:0] chain_in1;
    input wire  [26:0] chain_in2;
    input wire  [26:0] chain_in3;
    output reg  [26:0] shadow0;
    output reg  [26:0] shadow1;
    output reg  [26:0] shadow2;
    output reg  [26:0] shadow3;
    output reg  [26:0] shadow_out;
    
    // Stub signals
    reg  [8:0] weights$read_address;
    reg  weights$read_clock;
    wire  [7:0] weights$read_data;
    reg  [8:0] weights$write_address;
    reg  weights$write_clock;
    reg  [7:0] weights$write_data;
    reg  weights$write_enable;
    reg  w_we_q$d;
    wire  w_we_q$q;
    reg  w_we_q$clock;
    reg  [26:0] acc$0$d;
    wire  [26:0] acc$0$q;
    reg  acc$0$clock;
    reg  [26:0] shadow$0$d;
    wire  [26:0] shadow$0$q;
    reg  shadow$0$clock;
    
    // Local signals
    reg  [26:0] chain_b;
    reg  [26:0] prod_ext;
    
    // Sub module instances
    gridcore_tile$lanes$7$weights weights(
        .read_address(weights$read_address),
        .read_clock(weights$read_clock),
        .read_data(weights$read_data),
        .write_address(weights$write_address),
        .write_clock(weights$write_clock),
        .write_data(weights$write_data),
        .write_enable(weights$write_enable)
    );
    gridcore_tile$lanes$7$w_we_q w_we_q(
        .d(w_we_q$d),
        .q(w_we_q$q),
        .clock(w_we_q$clock)
    );
    gridcore_tile$lanes$7$acc$0 acc$0(
        .d(acc$0$d),
        .q(acc$0$q),
        .clock(acc$0$clock)
    );
    gridcore_tile$lanes$7$shadow$0 shadow$0(
        .d(shadow$0$d),
        .q(shadow$0$q),
        .clock(shadow$0$clock)
    );
    
    // Update code
    always @(*) begin
        w_we_q$clock = clock;
        w_we_q$d = w_we_q$q;
        weights$read_clock = clock;
        weights$write_clock = clock;
        weights$read_address = w_raddr;
        weights$write_address = w_waddr;
        weights$write_data = w_wdata;
        w_we_q$d = w_we & ~reset;
        weights$write_enable = w_we_q$q;
        w_out = weights$read_data;
        prod_ext = ((prod_in ^ 32'h8000) & 27'h7ffffff) - 32'h8000;
        shadow_out = 32'h0;
        shadow0 = 32'h0;
        shadow1 = 32'h0;
        shadow2 = 32'h0;
        shadow3 = 32'h0;
        acc$0$clock = clock;
        acc$0$d = acc$0$q;
        shadow$0$clock = clock;
        shadow$0$d = shadow$0$q;
        if (acc_en & (acc_b == 0)) begin
            if (acc_first) begin
                acc$0$d = prod_ext;
            end
            else begin
                acc$0$d = acc$0$q + prod_ext;
            end
        end
        chain_b = chain_in0;
        if (0 == 32'h1) begin
            chain_b = chain_in1;
        end
        if (0 == 32'h2) begin
            chain_b = chain_in2;
        end
        if (0 == 32'h3) begin
            chain_b = chain_in3;
        end
        if (0 == 32'h0) begin
            shadow0 = shadow$0$q;
        end
        if (0 == 32'h1) begin
            shadow1 = shadow$0$q;
        end
        if (0 == 32'h2) begin
            shadow2 = shadow$0$q;
        end
        if (0 == 32'h3) begin
            shadow3 = shadow$0$q;
        end
        if (shadow_shift & (drain_b == 0)) begin
            shadow$0$d = chain_b;
        end
        if (shadow_load) begin
            shadow$0$d = acc$0$q;
        end
        if (drain_b == 0) begin
            shadow_out = shadow$0$q;
        end
        if (reset) begin
            acc$0$d = 32'h0;
            shadow$0$d = 32'h0;
        end
    end
    
endmodule // gridcore_tile$lanes$7


module gridcore_tile$lanes$7$acc$0(d,q,clock);
    
    // Module arguments
    input wire  [26:0] d;
    output reg  [26:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 27'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$7$acc$0


module gridcore_tile$lanes$7$shadow$0(d,q,clock);
    
    // Module arguments
    input wire  [26:0] d;
    output reg  [26:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 27'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$7$shadow$0


module gridcore_tile$lanes$7$w_we_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$7$w_we_q


module gridcore_tile$lanes$7$weights(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [7:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [7:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *) reg[7:0] mem[511:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // gridcore_tile$lanes$7$weights


module gridcore_tile$lanes$8(clock,reset,w_we,w_waddr,w_wdata,w_raddr,w_out,prod_in,acc_en,acc_first,acc_b,shadow_load,drain_b,shadow_shift,chain_in0,chain_in1,chain_in2,chain_in3,shadow0,shadow1,shadow2,shadow3,shadow_out);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  w_we;
    input wire  [8:0] w_waddr;
    input wire  [7:0] w_wdata;
    input wire  [8:0] w_raddr;
    output reg  [7:0] w_out;
    input wire  [15:0] prod_in;
    input wire  acc_en;
    input wire  acc_first;
    input wire  [1:0] acc_b;
    input wire  shadow_load;
    input wire  [1:0] drain_b;
    input wire  shadow_shift;
    input wire  [26:0] chain_in0;
    input wire  [26:0] chain_in1;
    input wire  [26:0] chain_in2;
    input wire  [26:0] chain_in3;
    output reg  [26:0] shadow0;
    output reg  [26:0] shadow1;
    output reg  [26:0] shadow2;
    output reg  [26:0] shadow3;
    output reg  [26:0] shadow_out;
    
    // Stub signals
    reg  [8:0] weights$read_address;
    reg  weights$read_clock;
    wire  [7:0] weights$read_data;
    reg  [8:0] weights$write_address;
    reg  weights$write_clock;
    reg  [7:0] weights$write_data;
    reg  weights$write_enable;
    reg  w_we_q$d;
    wire  w_we_q$q;
    reg  w_we_q$clock;
    reg  [26:0] acc$0$d;
    wire  [26:0] acc$0$q;
    reg  acc$0$clock;
    reg  [26:0] shadow$0$d;
    wire  [26:0] shadow$0$q;
    reg  shadow$0$clock;
    
    // Local signals
    reg  [26:0] chain_b;
    reg  [26:0] prod_ext;
    
    // Sub module instances
    gridcore_tile$lanes$8$weights weights(
        .read_address(weights$read_address),
        .read_clock(weights$read_clock),
        .read_data(weights$read_data),
        .write_address(weights$write_address),
        .write_clock(weights$write_clock),
        .write_data(weights$write_data),
        .write_enable(weights$write_enable)
    );
    gridcore_tile$lanes$8$w_we_q w_we_q(
        .d(w_we_q$d),
        .q(w_we_q$q),
        .clock(w_we_q$clock)
    );
    gridcore_tile$lanes$8$acc$0 acc$0(
        .d(acc$0$d),
        .q(acc$0$q),
        .clock(acc$0$clock)
    );
    gridcore_tile$lanes$8$shadow$0 shadow$0(
        .d(shadow$0$d),
        .q(shadow$0$q),
        .clock(shadow$0$clock)
    );
    
    // Update code
    always @(*) begin
        w_we_q$clock = clock;
        w_we_q$d = w_we_q$q;
        weights$read_clock = clock;
        weights$write_clock = clock;
        weights$read_address = w_raddr;
        weights$write_address = w_waddr;
        weights$write_data = w_wdata;
        w_we_q$d = w_we & ~reset;
        weights$write_enable = w_we_q$q;
        w_out = weights$read_data;
        prod_ext = ((prod_in ^ 32'h8000) & 27'h7ffffff) - 32'h8000;
        shadow_out = 32'h0;
        shadow0 = 32'h0;
        shadow1 = 32'h0;
        shadow2 = 32'h0;
        shadow3 = 32'h0;
        acc$0$clock = clock;
        acc$0$d = acc$0$q;
        shadow$0$clock = clock;
        shadow$0$d = shadow$0$q;
        if (acc_en & (acc_b == 0)) begin
            if (acc_first) begin
                acc$0$d = prod_ext;
            end
            else begin
                acc$0$d = acc$0$q + prod_ext;
            end
        end
        chain_b = chain_in0;
        if (0 == 32'h1) begin
            chain_b = chain_in1;
        end
        if (0 == 32'h2) begin
            chain_b = chain_in2;
        end
        if (0 == 32'h3) begin
            chain_b = chain_in3;
        end
        if (0 == 32'h0) begin
            shadow0 = shadow$0$q;
        end
        if (0 == 32'h1) begin
            shadow1 = shadow$0$q;
        end
        if (0 == 32'h2) begin
            shadow2 = shadow$0$q;
        end
        if (0 == 32'h3) begin
            shadow3 = shadow$0$q;
        end
        if (shadow_shift & (drain_b == 0)) begin
            shadow$0$d = chain_b;
        end
        if (shadow_load) begin
            shadow$0$d = acc$0$q;
        end
        if (drain_b == 0) begin
            shadow_out = shadow$0$q;
        end
        if (reset) begin
            acc$0$d = 32'h0;
            shadow$0$d = 32'h0;
        end
    end
    
endmodule // gridcore_tile$lanes$8


module gridcore_tile$lanes$8$acc$0(d,q,clock);
    
    // Module arguments
    input wire  [26:0] d;
    output reg  [26:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 27'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$8$acc$0


module gridcore_tile$lanes$8$shadow$0(d,q,clock);
    
    // Module arguments
    input wire  [26:0] d;
    output reg  [26:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 27'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$8$shadow$0


module gridcore_tile$lanes$8$w_we_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$8$w_we_q


module gridcore_tile$lanes$8$weights(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [7:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [7:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *) reg[7:0] mem[511:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // gridcore_tile$lanes$8$weights


module gridcore_tile$lanes$9(clock,reset,w_we,w_waddr,w_wdata,w_raddr,w_out,prod_in,acc_en,acc_first,acc_b,shadow_load,drain_b,shadow_shift,chain_in0,chain_in1,chain_in2,chain_in3,shadow0,shadow1,shadow2,shadow3,shadow_out);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  w_we;
    input wire  [8:0] w_waddr;
    input wire  [7:0] w_wdata;
    input wire  [8:0] w_raddr;
    output reg  [7:0] w_out;
    input wire  [15:0] prod_in;
    input wire  acc_en;
    input wire  acc_first;
    input wire  [1:0] acc_b;
    input wire  shadow_load;
    input wire  [1:0] drain_b;
    input wire  shadow_shift;
    input wire  [26:0] chain_in0;
    input wire  [26:0] chain_in1;
    input wire  [26:0] chain_in2;
    input wire  [26:0] chain_in3;
    output reg  [26:0] shadow0;
    output reg  [26:0] shadow1;
    output reg  [26:0] shadow2;
    output reg  [26:0] shadow3;
    output reg  [26:0] shadow_out;
    
    // Stub signals
    reg  [8:0] weights$read_address;
    reg  weights$read_clock;
    wire  [7:0] weights$read_data;
    reg  [8:0] weights$write_address;
    reg  weights$write_clock;
    reg  [7:0] weights$write_data;
    reg  weights$write_enable;
    reg  w_we_q$d;
    wire  w_we_q$q;
    reg  w_we_q$clock;
    reg  [26:0] acc$0$d;
    wire  [26:0] acc$0$q;
    reg  acc$0$clock;
    reg  [26:0] shadow$0$d;
    wire  [26:0] shadow$0$q;
    reg  shadow$0$clock;
    
    // Local signals
    reg  [26:0] chain_b;
    reg  [26:0] prod_ext;
    
    // Sub module instances
    gridcore_tile$lanes$9$weights weights(
        .read_address(weights$read_address),
        .read_clock(weights$read_clock),
        .read_data(weights$read_data),
        .write_address(weights$write_address),
        .write_clock(weights$write_clock),
        .write_data(weights$write_data),
        .write_enable(weights$write_enable)
    );
    gridcore_tile$lanes$9$w_we_q w_we_q(
        .d(w_we_q$d),
        .q(w_we_q$q),
        .clock(w_we_q$clock)
    );
    gridcore_tile$lanes$9$acc$0 acc$0(
        .d(acc$0$d),
        .q(acc$0$q),
        .clock(acc$0$clock)
    );
    gridcore_tile$lanes$9$shadow$0 shadow$0(
        .d(shadow$0$d),
        .q(shadow$0$q),
        .clock(shadow$0$clock)
    );
    
    // Update code
    always @(*) begin
        w_we_q$clock = clock;
        w_we_q$d = w_we_q$q;
        weights$read_clock = clock;
        weights$write_clock = clock;
        weights$read_address = w_raddr;
        weights$write_address = w_waddr;
        weights$write_data = w_wdata;
        w_we_q$d = w_we & ~reset;
        weights$write_enable = w_we_q$q;
        w_out = weights$read_data;
        prod_ext = ((prod_in ^ 32'h8000) & 27'h7ffffff) - 32'h8000;
        shadow_out = 32'h0;
        shadow0 = 32'h0;
        shadow1 = 32'h0;
        shadow2 = 32'h0;
        shadow3 = 32'h0;
        acc$0$clock = clock;
        acc$0$d = acc$0$q;
        shadow$0$clock = clock;
        shadow$0$d = shadow$0$q;
        if (acc_en & (acc_b == 0)) begin
            if (acc_first) begin
                acc$0$d = prod_ext;
            end
            else begin
                acc$0$d = acc$0$q + prod_ext;
            end
        end
        chain_b = chain_in0;
        if (0 == 32'h1) begin
            chain_b = chain_in1;
        end
        if (0 == 32'h2) begin
            chain_b = chain_in2;
        end
        if (0 == 32'h3) begin
            chain_b = chain_in3;
        end
        if (0 == 32'h0) begin
            shadow0 = shadow$0$q;
        end
        if (0 == 32'h1) begin
            shadow1 = shadow$0$q;
        end
        if (0 == 32'h2) begin
            shadow2 = shadow$0$q;
        end
        if (0 == 32'h3) begin
            shadow3 = shadow$0$q;
        end
        if (shadow_shift & (drain_b == 0)) begin
            shadow$0$d = chain_b;
        end
        if (shadow_load) begin
            shadow$0$d = acc$0$q;
        end
        if (drain_b == 0) begin
            shadow_out = shadow$0$q;
        end
        if (reset) begin
            acc$0$d = 32'h0;
            shadow$0$d = 32'h0;
        end
    end
    
endmodule // gridcore_tile$lanes$9


module gridcore_tile$lanes$9$acc$0(d,q,clock);
    
    // Module arguments
    input wire  [26:0] d;
    output reg  [26:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 27'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$9$acc$0


module gridcore_tile$lanes$9$shadow$0(d,q,clock);
    
    // Module arguments
    input wire  [26:0] d;
    output reg  [26:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 27'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$9$shadow$0


module gridcore_tile$lanes$9$w_we_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$lanes$9$w_we_q


module gridcore_tile$lanes$9$weights(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [7:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [7:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *) reg[7:0] mem[511:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // gridcore_tile$lanes$9$weights


module gridcore_tile$layer(clock,reset,ir,settle,setl_decode,fc_decode,aux_valid,aux_p,aux_next,aux_a,aux_b,k,n,b1,bm1,km2,nm2,nml,nmk,k_lt_l,relu,zp,pbase,kd0,single,first_n,km2_full,km2_last,chk_pass,chk_err);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] ir;
    input wire  settle;
    input wire  setl_decode;
    input wire  fc_decode;
    input wire  aux_valid;
    input wire  [31:0] aux_p;
    output reg  aux_next;
    output reg  [15:0] aux_a;
    output reg  [15:0] aux_b;
    output reg  [15:0] k;
    output reg  [15:0] n;
    output reg  b1;
    output reg  [1:0] bm1;
    output reg  [12:0] km2;
    output reg  [12:0] nm2;
    output reg  [14:0] nml;
    output reg  [14:0] nmk;
    output reg  k_lt_l;
    output reg  relu;
    output reg  [7:0] zp;
    output reg  [15:0] pbase;
    output reg  [12:0] kd0;
    output reg  single;
    output reg  [15:0] first_n;
    output reg  [12:0] km2_full;
    output reg  [12:0] km2_last;
    output reg  chk_pass;
    output reg  [3:0] chk_err;
    
    // Constant declarations
    localparam  err_none = 4'h0;
    localparam  err_zero_len = 4'h2;
    localparam  err_batch = 4'h3;
    localparam  err_w_range = 4'h4;
    localparam  err_x_range = 4'h5;
    localparam  err_y_range = 4'h6;
    localparam  err_p_range = 4'h7;
    localparam  err_overlap = 4'h8;
    localparam  n_lanes = 16'h10;
    localparam  lanes_log2 = 16'h4;
    localparam  max_batch = 16'h1;
    localparam  weight_words = 32'h200;
    localparam  act_bytes = 32'h400;
    localparam  param_entries = 32'h100;
    localparam  serial_c = 1'b1;
    localparam  lanes_d = 16'hb0;
    localparam  lanes_d_m2 = 13'b10101110;
    
    // Stub signals
    reg  [15:0] l_k$d;
    wire  [15:0] l_k$q;
    reg  l_k$clock;
    reg  [15:0] l_n$d;
    wire  [15:0] l_n$q;
    reg  l_n$clock;
    reg  [15:0] l_b$d;
    wire  [15:0] l_b$q;
    reg  l_b$clock;
    reg  l_relu$d;
    wire  l_relu$q;
    reg  l_relu$clock;
    reg  [7:0] l_zp$d;
    wire  [7:0] l_zp$q;
    reg  l_zp$clock;
    reg  [15:0] l_pbase$d;
    wire  [15:0] l_pbase$q;
    reg  l_pbase$clock;
    reg  [12:0] l_km2$d;
    wire  [12:0] l_km2$q;
    reg  l_km2$clock;
    reg  [1:0] l_bm1$d;
    wire  [1:0] l_bm1$q;
    reg  l_bm1$clock;
    reg  l_b1$d;
    wire  l_b1$q;
    reg  l_b1$clock;
    reg  [12:0] l_nm2$d;
    wire  [12:0] l_nm2$q;
    reg  l_nm2$clock;
    reg  [14:0] l_nml$d;
    wire  [14:0] l_nml$q;
    reg  l_nml$clock;
    reg  [14:0] l_nmk$d;
    wire  [14:0] l_nmk$q;
    reg  l_nmk$clock;
    reg  l_k_lt_l$d;
    wire  l_k_lt_l$q;
    reg  l_k_lt_l$clock;
    reg  [15:0] aux_g$d;
    wire  [15:0] aux_g$q;
    reg  aux_g$clock;
    reg  setl_q$d;
    wire  setl_q$q;
    reg  setl_q$clock;
    reg  setl_q2$d;
    wire  setl_q2$q;
    reg  setl_q2$clock;
    reg  [16:0] d_w_room$d;
    wire  [16:0] d_w_room$q;
    reg  d_w_room$clock;
    reg  d_w_over$d;
    wire  d_w_over$q;
    reg  d_w_over$clock;
    reg  [16:0] d_x_room$d;
    wire  [16:0] d_x_room$q;
    reg  d_x_room$clock;
    reg  d_x_over$d;
    wire  d_x_over$q;
    reg  d_x_over$clock;
    reg  [16:0] d_y_room$d;
    wire  [16:0] d_y_room$q;
    reg  d_y_room$clock;
    reg  d_y_over$d;
    wire  d_y_over$q;
    reg  d_y_over$clock;
    reg  [31:0] d_bk$d;
    wire  [31:0] d_bk$q;
    reg  d_bk$clock;
    reg  [31:0] d_bn$d;
    wire  [31:0] d_bn$q;
    reg  d_bn$clock;
    reg  [31:0] d_p_end$d;
    wire  [31:0] d_p_end$q;
    reg  d_p_end$clock;
    reg  [15:0] d_first_n$d;
    wire  [15:0] d_first_n$q;
    reg  d_first_n$clock;
    reg  d_single$d;
    wire  d_single$q;
    reg  d_single$clock;
    reg  [12:0] d_kd0$d;
    wire  [12:0] d_kd0$q;
    reg  d_kd0$clock;
    reg  [12:0] d_first_nm2$d;
    wire  [12:0] d_first_nm2$q;
    reg  d_first_nm2$clock;
    reg  d_first_n_gt_k$d;
    wire  d_first_n_gt_k$q;
    reg  d_first_n_gt_k$clock;
    reg  [4:0] s_lastn$d;
    wire  [4:0] s_lastn$q;
    reg  s_lastn$clock;
    reg  [12:0] s_lastnd$d;
    wire  [12:0] s_lastnd$q;
    reg  s_lastnd$clock;
    reg  [12:0] s_lastm2$d;
    wire  [12:0] s_lastm2$q;
    reg  s_lastm2$clock;
    reg  s_lastwide$d;
    wire  s_lastwide$q;
    reg  s_lastwide$clock;
    reg  s_fullwide$d;
    wire  s_fullwide$q;
    reg  s_fullwide$clock;
    reg  chk_overlap$d;
    wire  chk_overlap$q;
    reg  chk_overlap$clock;
    reg  chk_p$d;
    wire  chk_p$q;
    reg  chk_p$clock;
    reg  chk_y$d;
    wire  chk_y$q;
    reg  chk_y$clock;
    reg  chk_x$d;
    wire  chk_x$q;
    reg  chk_x$clock;
    reg  chk_w$d;
    wire  chk_w$q;
    reg  chk_w$clock;
    reg  chk_b$d;
    wire  chk_b$q;
    reg  chk_b$clock;
    reg  chk_zero$d;
    wire  chk_zero$q;
    reg  chk_zero$clock;
    reg  chk_go$d;
    wire  chk_go$q;
    reg  chk_go$clock;
    reg  chk_room$d;
    wire  chk_room$q;
    reg  chk_room$clock;
    
    // Local signals
    reg  [16:0] d_bk_a;
    reg  [16:0] d_bn_a;
    reg  [31:0] d_bk_now;
    reg  [31:0] d_bn_now;
    reg  [16:0] d_wbase;
    reg  [16:0] d_xbase;
    reg  [16:0] d_ybase;
    reg  [12:0] s_km2_last;
    reg  [12:0] s_km2_full;
    reg  [16:0] d_y_fits;
    reg  [16:0] d_x_fits;
    reg  [16:0] d_w_fits;
    reg  [18:0] ov_ya;
    reg  [18:0] ov_yb;
    reg  [18:0] ov_yc;
    reg  [18:0] ov_ys;
    reg  [18:0] ov_xa;
    reg  [18:0] ov_xb;
    reg  [18:0] ov_xc;
    reg  [18:0] ov_xs;
    reg  fail_overlap;
    reg  fail_p;
    reg  fail_y;
    reg  fail_x;
    reg  fail_w;
    reg  fail_b;
    reg  fail_zero;
    
    // Sub module instances
    gridcore_tile$layer$l_k l_k(
        .d(l_k$d),
        .q(l_k$q),
        .clock(l_k$clock)
    );
    gridcore_tile$layer$l_n l_n(
        .d(l_n$d),
        .q(l_n$q),
        .clock(l_n$clock)
    );
    gridcore_tile$layer$l_b l_b(
        .d(l_b$d),
        .q(l_b$q),
        .clock(l_b$clock)
    );
    gridcore_tile$layer$l_relu l_relu(
        .d(l_relu$d),
        .q(l_relu$q),
        .clock(l_relu$clock)
    );
    gridcore_tile$layer$l_zp l_zp(
        .d(l_zp$d),
        .q(l_zp$q),
        .clock(l_zp$clock)
    );
    gridcore_tile$layer$l_pbase l_pbase(
        .d(l_pbase$d),
        .q(l_pbase$q),
        .clock(l_pbase$clock)
    );
    gridcore_tile$layer$l_km2 l_km2(
        .d(l_km2$d),
        .q(l_km2$q),
        .clock(l_km2$clock)
    );
    gridcore_tile$layer$l_bm1 l_bm1(
        .d(l_bm1$d),
        .q(l_bm1$q),
        .clock(l_bm1$clock)
    );
    gridcore_tile$layer$l_b1 l_b1(
        .d(l_b1$d),
        .q(l_b1$q),
        .clock(l_b1$clock)
    );
    gridcore_tile$layer$l_nm2 l_nm2(
        .d(l_nm2$d),
        .q(l_nm2$q),
        .clock(l_nm2$clock)
    );
    gridcore_tile$layer$l_nml l_nml(
        .d(l_nml$d),
        .q(l_nml$q),
        .clock(l_nml$clock)
    );
    gridcore_tile$layer$l_nmk l_nmk(
        .d(l_nmk$d),
        .q(l_nmk$q),
        .clock(l_nmk$clock)
    );
    gridcore_tile$layer$l_k_lt_l l_k_lt_l(
        .d(l_k_lt_l$d),
        .q(l_k_lt_l$q),
        .clock(l_k_lt_l$clock)
    );
    gridcore_tile$layer$aux_g aux_g(
        .d(aux_g$d),
        .q(aux_g$q),
        .clock(aux_g$clock)
    );
    gridcore_tile$layer$setl_q setl_q(
        .d(setl_q$d),
        .q(setl_q$q),
        .clock(setl_q$clock)
    );
    gridcore_tile$layer$setl_q2 setl_q2(
        .d(setl_q2$d),
        .q(setl_q2$q),
        .clock(setl_q2$clock)
    );
    gridcore_tile$layer$d_w_room d_w_room(
        .d(d_w_room$d),
        .q(d_w_room$q),
        .clock(d_w_room$clock)
    );
    gridcore_tile$layer$d_w_over d_w_over(
        .d(d_w_over$d),
        .q(d_w_over$q),
        .clock(d_w_over$clock)
    );
    gridcore_tile$layer$d_x_room d_x_room(
        .d(d_x_room$d),
        .q(d_x_room$q),
        .clock(d_x_room$clock)
    );
    gridcore_tile$layer$d_x_over d_x_over(
        .d(d_x_over$d),
        .q(d_x_over$q),
        .clock(d_x_over$clock)
    );
    gridcore_tile$layer$d_y_room d_y_room(
        .d(d_y_room$d),
        .q(d_y_room$q),
        .clock(d_y_room$clock)
    );
    gridcore_tile$layer$d_y_over d_y_over(
        .d(d_y_over$d),
        .q(d_y_over$q),
        .clock(d_y_over$clock)
    );
    gridcore_tile$layer$d_bk d_bk(
        .d(d_bk$d),
        .q(d_bk$q),
        .clock(d_bk$clock)
    );
    gridcore_tile$layer$d_bn d_bn(
        .d(d_bn$d),
        .q(d_bn$q),
        .clock(d_bn$clock)
    );
    gridcore_tile$layer$d_p_end d_p_end(
        .d(d_p_end$d),
        .q(d_p_end$q),
        .clock(d_p_end$clock)
    );
    gridcore_tile$layer$d_first_n d_first_n(
        .d(d_first_n$d),
        .q(d_first_n$q),
        .clock(d_first_n$clock)
    );
    gridcore_tile$layer$d_single d_single(
        .d(d_single$d),
        .q(d_single$q),
        .clock(d_single$clock)
    );
    gridcore_tile$layer$d_kd0 d_kd0(
        .d(d_kd0$d),
        .q(d_kd0$q),
        .clock(d_kd0$clock)
    );
    gridcore_tile$layer$d_first_nm2 d_first_nm2(
        .d(d_first_nm2$d),
        .q(d_first_nm2$q),
        .clock(d_first_nm2$clock)
    );
    gridcore_tile$layer$d_first_n_gt_k d_first_n_gt_k(
        .d(d_first_n_gt_k$d),
        .q(d_first_n_gt_k$q),
        .clock(d_first_n_gt_k$clock)
    );
    gridcore_tile$layer$s_lastn s_lastn(
        .d(s_lastn$d),
        .q(s_lastn$q),
        .clock(s_lastn$clock)
    );
    gridcore_tile$layer$s_lastnd s_lastnd(
        .d(s_lastnd$d),
        .q(s_lastnd$q),
        .clock(s_lastnd$clock)
    );
    gridcore_tile$layer$s_lastm2 s_lastm2(
        .d(s_lastm2$d),
        .q(s_lastm2$q),
        .clock(s_lastm2$clock)
    );
    gridcore_tile$layer$s_lastwide s_lastwide(
        .d(s_lastwide$d),
        .q(s_lastwide$q),
        .clock(s_lastwide$clock)
    );
    gridcore_tile$layer$s_fullwide s_fullwide(
        .d(s_fullwide$d),
        .q(s_fullwide$q),
        .clock(s_fullwide$clock)
    );
    gridcore_tile$layer$chk_overlap chk_overlap(
        .d(chk_overlap$d),
        .q(chk_overlap$q),
        .clock(chk_overlap$clock)
    );
    gridcore_tile$layer$chk_p chk_p(
        .d(chk_p$d),
        .q(chk_p$q),
        .clock(chk_p$clock)
    );
    gridcore_tile$layer$chk_y chk_y(
        .d(chk_y$d),
        .q(chk_y$q),
        .clock(chk_y$clock)
    );
    gridcore_tile$layer$chk_x chk_x(
        .d(chk_x$d),
        .q(chk_x$q),
        .clock(chk_x$clock)
    );
    gridcore_tile$layer$chk_w chk_w(
        .d(chk_w$d),
        .q(chk_w$q),
        .clock(chk_w$clock)
    );
    gridcore_tile$layer$chk_b chk_b(
        .d(chk_b$d),
        .q(chk_b$q),
        .clock(chk_b$clock)
    );
    gridcore_tile$layer$chk_zero chk_zero(
        .d(chk_zero$d),
        .q(chk_zero$q),
        .clock(chk_zero$clock)
    );
    gridcore_tile$layer$chk_go chk_go(
        .d(chk_go$d),
        .q(chk_go$q),
        .clock(chk_go$clock)
    );
    gridcore_tile$layer$chk_room chk_room(
        .d(chk_room$d),
        .q(chk_room$q),
        .clock(chk_room$clock)
    );
    
    // Update code
    always @(*) begin
        l_k$clock = clock;
        l_n$clock = clock;
        l_b$clock = clock;
        l_relu$clock = clock;
        l_zp$clock = clock;
        l_pbase$clock = clock;
        l_km2$clock = clock;
        l_bm1$clock = clock;
        l_b1$clock = clock;
        l_nm2$clock = clock;
        l_nml$clock = clock;
        l_nmk$clock = clock;
        l_k_lt_l$clock = clock;
        aux_g$clock = clock;
        setl_q$clock = clock;
        setl_q2$clock = clock;
        d_w_room$clock = clock;
        d_w_over$clock = clock;
        d_x_room$clock = clock;
        d_x_over$clock = clock;
        d_y_room$clock = clock;
        d_y_over$clock = clock;
        d_bk$clock = clock;
        d_bn$clock = clock;
        d_p_end$clock = clock;
        d_first_n$clock = clock;
        d_single$clock = clock;
        d_kd0$clock = clock;
        d_first_nm2$clock = clock;
        d_first_n_gt_k$clock = clock;
        s_lastn$clock = clock;
        s_lastnd$clock = clock;
        s_lastm2$clock = clock;
        s_lastwide$clock = clock;
        s_fullwide$clock = clock;
        chk_overlap$clock = clock;
        chk_p$clock = clock;
        chk_y$clock = clock;
        chk_x$clock = clock;
        chk_w$clock = clock;
        chk_b$clock = clock;
        chk_zero$clock = clock;
        chk_go$clock = clock;
        chk_room$clock = clock;
        l_k$d = l_k$q;
        l_n$d = l_n$q;
        l_b$d = l_b$q;
        l_relu$d = l_relu$q;
        l_zp$d = l_zp$q;
        l_pbase$d = l_pbase$q;
        l_km2$d = l_km2$q;
        l_bm1$d = l_bm1$q;
        l_b1$d = l_b1$q;
        l_nm2$d = l_nm2$q;
        l_nml$d = l_nml$q;
        l_nmk$d = l_nmk$q;
        l_k_lt_l$d = l_k_lt_l$q;
        aux_g$d = aux_g$q;
        setl_q$d = setl_q$q;
        setl_q2$d = setl_q2$q;
        d_w_room$d = d_w_room$q;
        d_w_over$d = d_w_over$q;
        d_x_room$d = d_x_room$q;
        d_x_over$d = d_x_over$q;
        d_y_room$d = d_y_room$q;
        d_y_over$d = d_y_over$q;
        d_bk$d = d_bk$q;
        d_bn$d = d_bn$q;
        d_p_end$d = d_p_end$q;
        d_first_n$d = d_first_n$q;
        d_single$d = d_single$q;
        d_kd0$d = d_kd0$q;
        d_first_nm2$d = d_first_nm2$q;
        d_first_n_gt_k$d = d_first_n_gt_k$q;
        s_lastn$d = s_lastn$q;
        s_lastnd$d = s_lastnd$q;
        s_lastm2$d = s_lastm2$q;
        s_lastwide$d = s_lastwide$q;
        s_fullwide$d = s_fullwide$q;
        chk_overlap$d = chk_overlap$q;
        chk_p$d = chk_p$q;
        chk_y$d = chk_y$q;
        chk_x$d = chk_x$q;
        chk_w$d = chk_w$q;
        chk_b$d = chk_b$q;
        chk_zero$d = chk_zero$q;
        chk_go$d = chk_go$q;
        chk_room$d = chk_room$q;
        k = l_k$q;
        n = l_n$q;
        b1 = l_b1$q;
        bm1 = l_bm1$q;
        km2 = l_km2$q;
        nm2 = l_nm2$q;
        nml = l_nml$q;
        nmk = l_nmk$q;
        k_lt_l = l_k_lt_l$q;
        relu = l_relu$q;
        zp = l_zp$q;
        pbase = l_pbase$q;
        kd0 = d_kd0$q;
        single = d_single$q;
        first_n = d_first_n$q;
        if (settle) begin
            l_k$d = ((ir[(32'h0)+:(12)]) & 16'hffff);
            l_n$d = ((ir[(32'hc)+:(12)]) & 16'hffff);
            l_b$d = ((ir[(32'h18)+:(3)]) & 16'hffff);
            l_km2$d = ((ir[(32'h0)+:(12)]) & 13'h1fff) - 32'h2;
            l_nm2$d = ((ir[(32'hc)+:(12)]) & 13'h1fff) - 32'h2;
            l_nml$d = ((ir[(32'hc)+:(12)]) & 15'h7fff) - ((n_lanes) & 15'h7fff);
            l_nmk$d = ((ir[(32'hc)+:(12)]) & 15'h7fff) - ((ir[(32'h0)+:(12)]) & 15'h7fff);
            l_k_lt_l$d = ((ir[(32'h0)+:(12)]) & 16'hffff) < n_lanes;
            l_bm1$d = ir[(32'h18)+:(2)] - 32'h1;
            l_b1$d = ir[(32'h18)+:(3)] == 32'h1;
            l_relu$d = ir[32'h1b];
            l_zp$d = ir[(32'h1c)+:(8)];
            l_pbase$d = ((ir[(32'h24)+:(12)]) & 16'hffff);
        end
        aux_next = setl_decode;
        aux_g$d = (((ir[(32'hc)+:(12)]) & 16'hffff) + n_lanes - 32'h1) >> lanes_log2;
        aux_a = aux_g$q;
        aux_b = ((ir[(32'h0)+:(12)]) & 16'hffff);
        d_bk_a = ((l_k$q) & 17'h1ffff) & (32'h0 - ((l_b$q[32'h0]) & 17'h1ffff));
        d_bn_a = ((l_n$q) & 17'h1ffff) & (32'h0 - ((l_b$q[32'h0]) & 17'h1ffff));
        if (l_b$q[32'h2]) begin
            d_bk_a = ((l_k$q) & 17'h1ffff) << 32'h2;
            d_bn_a = ((l_n$q) & 17'h1ffff) << 32'h2;
        end
        d_bk_now = ((d_bk_a + ((((l_k$q) & 17'h1ffff) << 32'h1) & (32'h0 - ((l_b$q[32'h1]) & 17'h1ffff)))) & 32'hffffffff);
        d_bn_now = ((d_bn_a + ((((l_n$q) & 17'h1ffff) << 32'h1) & (32'h0 - ((l_b$q[32'h1]) & 17'h1ffff)))) & 32'hffffffff);
        setl_q$d = settle;
        setl_q2$d = setl_q$q;
        if (setl_q$q) begin
            d_bk$d = d_bk_now;
            d_bn$d = d_bn_now;
            d_p_end$d = ((l_pbase$q) & 32'hffffffff) + ((l_n$q) & 32'hffffffff);
            d_first_n$d = n_lanes;
            if (l_n$q < n_lanes) begin
                d_first_n$d = l_n$q;
            end
            d_single$d = l_n$q <= n_lanes;
            d_first_nm2$d = ((n_lanes - 32'h2) & 13'h1fff);
            if (l_n$q < n_lanes) begin
                d_first_nm2$d = l_nm2$q;
            end
            d_first_n_gt_k$d = ~l_nmk$q[32'he] & (l_nmk$q != 32'h0) & l_k_lt_l$q;
        end
        s_lastn$d = ((((l_n$q - 32'h1) & (n_lanes - 32'h1)) + 32'h1) & 5'h1f);
        s_lastnd$d = (((s_lastn$q) & 13'h1fff) << 32'h3) + (((s_lastn$q) & 13'h1fff) << 32'h1) + ((s_lastn$q) & 13'h1fff);
        s_lastm2$d = s_lastnd$q - 32'h2;
        s_lastwide$d = l_k$q < ((s_lastnd$q) & 16'hffff);
        s_fullwide$d = l_k$q < lanes_d;
        s_km2_last = l_km2$q;
        if (s_lastwide$q) begin
            s_km2_last = s_lastm2$q;
        end
        s_km2_full = l_km2$q;
        if (s_fullwide$q) begin
            s_km2_full = lanes_d_m2;
        end
        km2_last = s_km2_last;
        km2_full = s_km2_full;
        if (setl_q2$q) begin
            d_kd0$d = l_km2$q;
            if (d_first_n_gt_k$q) begin
                d_kd0$d = d_first_nm2$q;
            end
            if (serial_c) begin
                d_kd0$d = s_km2_full;
                if (d_single$q) begin
                    d_kd0$d = s_km2_last;
                end
            end
            d_x_over$d = d_bk$q > act_bytes;
            d_x_room$d = ((act_bytes - d_bk$q) & 17'h1ffff);
            d_y_over$d = d_bn$q > act_bytes;
            d_y_room$d = ((act_bytes - d_bn$q) & 17'h1ffff);
        end
        if (aux_valid) begin
            d_w_over$d = aux_p > weight_words;
            d_w_room$d = ((weight_words - aux_p) & 17'h1ffff);
        end
        d_wbase = ((ir[(32'h0)+:(16)]) & 17'h1ffff);
        d_xbase = ((ir[(32'h10)+:(16)]) & 17'h1ffff);
        d_ybase = ((ir[(32'h20)+:(16)]) & 17'h1ffff);
        ov_ya = ((d_ybase) & 19'h7ffff);
        ov_yb = ((d_bn$q) & 19'h7ffff);
        ov_yc = ~((d_xbase) & 19'h7ffff);
        ov_ys = (ov_ya ^ ov_yb ^ ov_yc) + (((ov_ya & ov_yb) | (ov_ya & ov_yc) | (ov_yb & ov_yc)) << 32'h1);
        ov_xa = ((d_xbase) & 19'h7ffff);
        ov_xb = ((d_bk$q) & 19'h7ffff);
        ov_xc = ~((d_ybase) & 19'h7ffff);
        ov_xs = (ov_xa ^ ov_xb ^ ov_xc) + (((ov_xa & ov_xb) | (ov_xa & ov_xc) | (ov_xb & ov_xc)) << 32'h1);
        fail_overlap = ~ov_ys[32'h12] & ~ov_xs[32'h12];
        fail_p = d_p_end$q > param_entries;
        d_y_fits = d_y_room$q - d_ybase;
        d_x_fits = d_x_room$q - d_xbase;
        d_w_fits = d_w_room$q - d_wbase;
        fail_y = d_y_over$q | d_y_fits[32'h10];
        fail_x = d_x_over$q | d_x_fits[32'h10];
        fail_w = d_w_over$q | d_w_fits[32'h10];
        fail_b = l_b$q > max_batch;
        fail_zero = (l_k$q == 32'h0) | (l_n$q == 32'h0) | (l_b$q == 32'h0);
        chk_overlap$d = fail_overlap;
        chk_p$d = fail_p;
        chk_y$d = fail_y;
        chk_x$d = fail_x;
        chk_w$d = fail_w;
        chk_b$d = fail_b;
        chk_zero$d = fail_zero;
        chk_go$d = fc_decode & ~(fail_p | fail_b | fail_zero);
        chk_room$d = fail_y | fail_x | fail_w;
        chk_pass = chk_go$q & ~chk_overlap$q & ~chk_room$q;
        chk_err = err_none;
        if (chk_overlap$q) begin
            chk_err = err_overlap;
        end
        if (chk_p$q) begin
            chk_err = err_p_range;
        end
        if (chk_y$q) begin
            chk_err = err_y_range;
        end
        if (chk_x$q) begin
            chk_err = err_x_range;
        end
        if (chk_w$q) begin
            chk_err = err_w_range;
        end
        if (chk_b$q) begin
            chk_err = err_batch;
        end
        if (chk_zero$q) begin
            chk_err = err_zero_len;
        end
        if (reset) begin
            l_k$d = 32'h0;
            l_n$d = 32'h0;
            l_b$d = 32'h0;
            l_km2$d = 32'h1ffe;
            l_bm1$d = 32'h3;
            l_b1$d = 1'b0;
            l_relu$d = 1'b0;
            l_zp$d = 32'h0;
            l_pbase$d = 32'h0;
            chk_go$d = 1'b0;
        end
    end
    
endmodule // gridcore_tile$layer


module gridcore_tile$layer$aux_g(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$layer$aux_g


module gridcore_tile$layer$chk_b(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$layer$chk_b


module gridcore_tile$layer$chk_go(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$layer$chk_go


module gridcore_tile$layer$chk_overlap(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$layer$chk_overlap


module gridcore_tile$layer$chk_p(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$layer$chk_p


module gridcore_tile$layer$chk_room(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$layer$chk_room


module gridcore_tile$layer$chk_w(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$layer$chk_w


module gridcore_tile$layer$chk_x(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$layer$chk_x


module gridcore_tile$layer$chk_y(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$layer$chk_y


module gridcore_tile$layer$chk_zero(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$layer$chk_zero


module gridcore_tile$layer$d_bk(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$layer$d_bk


module gridcore_tile$layer$d_bn(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$layer$d_bn


module gridcore_tile$layer$d_first_n(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$layer$d_first_n


module gridcore_tile$layer$d_first_n_gt_k(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$layer$d_first_n_gt_k


module gridcore_tile$layer$d_first_nm2(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$layer$d_first_nm2


module gridcore_tile$layer$d_kd0(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$layer$d_kd0


module gridcore_tile$layer$d_p_end(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$layer$d_p_end


module gridcore_tile$layer$d_single(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$layer$d_single


module gridcore_tile$layer$d_w_over(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$layer$d_w_over


module gridcore_tile$layer$d_w_room(d,q,clock);
    
    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 17'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$layer$d_w_room


module gridcore_tile$layer$d_x_over(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$layer$d_x_over


module gridcore_tile$layer$d_x_room(d,q,clock);
    
    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 17'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$layer$d_x_room


module gridcore_tile$layer$d_y_over(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$layer$d_y_over


module gridcore_tile$layer$d_y_room(d,q,clock);
    
    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 17'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$layer$d_y_room


module gridcore_tile$layer$l_b(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$layer$l_b


module gridcore_tile$layer$l_b1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$layer$l_b1


module gridcore_tile$layer$l_bm1(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$layer$l_bm1


module gridcore_tile$layer$l_k(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$layer$l_k


module gridcore_tile$layer$l_k_lt_l(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$layer$l_k_lt_l


module gridcore_tile$layer$l_km2(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$layer$l_km2


module gridcore_tile$layer$l_n(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$layer$l_n


module gridcore_tile$layer$l_nm2(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$layer$l_nm2


module gridcore_tile$layer$l_nmk(d,q,clock);
    
    // Module arguments
    input wire  [14:0] d;
    output reg  [14:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 15'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$layer$l_nmk


module gridcore_tile$layer$l_nml(d,q,clock);
    
    // Module arguments
    input wire  [14:0] d;
    output reg  [14:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 15'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$layer$l_nml


module gridcore_tile$layer$l_pbase(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$layer$l_pbase


module gridcore_tile$layer$l_relu(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$layer$l_relu


module gridcore_tile$layer$l_zp(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$layer$l_zp


module gridcore_tile$layer$s_fullwide(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$layer$s_fullwide


module gridcore_tile$layer$s_lastm2(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$layer$s_lastm2


module gridcore_tile$layer$s_lastn(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$layer$s_lastn


module gridcore_tile$layer$s_lastnd(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$layer$s_lastnd


module gridcore_tile$layer$s_lastwide(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$layer$s_lastwide


module gridcore_tile$layer$setl_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$layer$setl_q


module gridcore_tile$layer$setl_q2(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$layer$setl_q2

// v-- Setting output parameters to net type for wrapped code.


module gridcore_tile$muls$0(clock,x,w0,w1,p0,p1);
    
    // Module arguments
    input wire  clock;
    input wire  [7:0] x;
    input wire  [7:0] w0;
    input wire  [7:0] w1;
    output wire  [15:0] p0;
    output wire  [15:0] p1;
    
    // Constant declarations
    localparam  ice40 = 1'b1;
    
    // Update code (wrapper)
    wire nc_co, nc_accumco, nc_signextout;
    wire [31:0] o;
    SB_MAC16 #(.MODE_8x8(1'b1), .A_SIGNED(1'b1), .B_SIGNED(1'b1),
        .A_REG(1'b1), .B_REG(1'b1), .TOP_8x8_MULT_REG(1'b1), .BOT_8x8_MULT_REG(1'b1),
        .TOPOUTPUT_SELECT(2'b10), .BOTOUTPUT_SELECT(2'b10)) mac (
        .CLK(clock), .CE(1'b1), .A({x, x}), .B({w1, w0}), .C(16'b0), .D(16'b0),
        .AHOLD(1'b0), .BHOLD(1'b0), .CHOLD(1'b0), .DHOLD(1'b0),
    .IRSTTOP(1'b0), .IRSTBOT(1'b0), .ORSTTOP(1'b0), .ORSTBOT(1'b0),
    .OLOADTOP(1'b0), .OLOADBOT(1'b0), .ADDSUBTOP(1'b0), .ADDSUBBOT(1'b0),
    .OHOLDTOP(1'b0), .OHOLDBOT(1'b0), .CI(1'b0), .ACCUMCI(1'b0), .SIGNEXTIN(1'b0),
    .CO(nc_co), .ACCUMCO(nc_accumco), .SIGNEXTOUT(nc_signextout),
        .O(o));
    assign p0 = o[15:0];
    assign p1 = o[31:16];
endmodule // gridcore_tile$muls$0

// v-- Setting output parameters to net type for wrapped code.


module gridcore_tile$muls$1(clock,x,w0,w1,p0,p1);
    
    // Module arguments
    input wire  clock;
    input wire  [7:0] x;
    input wire  [7:0] w0;
    input wire  [7:0] w1;
    output wire  [15:0] p0;
    output wire  [15:0] p1;
    
    // Constant declarations
    localparam  ice40 = 1'b1;
    
    // Update code (wrapper)
    wire nc_co, nc_accumco, nc_signextout;
    wire [31:0] o;
    SB_MAC16 #(.MODE_8x8(1'b1), .A_SIGNED(1'b1), .B_SIGNED(1'b1),
        .A_REG(1'b1), .B_REG(1'b1), .TOP_8x8_MULT_REG(1'b1), .BOT_8x8_MULT_REG(1'b1),
        .TOPOUTPUT_SELECT(2'b10), .BOTOUTPUT_SELECT(2'b10)) mac (
        .CLK(clock), .CE(1'b1), .A({x, x}), .B({w1, w0}), .C(16'b0), .D(16'b0),
        .AHOLD(1'b0), .BHOLD(1'b0), .CHOLD(1'b0), .DHOLD(1'b0),
    .IRSTTOP(1'b0), .IRSTBOT(1'b0), .ORSTTOP(1'b0), .ORSTBOT(1'b0),
    .OLOADTOP(1'b0), .OLOADBOT(1'b0), .ADDSUBTOP(1'b0), .ADDSUBBOT(1'b0),
    .OHOLDTOP(1'b0), .OHOLDBOT(1'b0), .CI(1'b0), .ACCUMCI(1'b0), .SIGNEXTIN(1'b0),
    .CO(nc_co), .ACCUMCO(nc_accumco), .SIGNEXTOUT(nc_signextout),
        .O(o));
    assign p0 = o[15:0];
    assign p1 = o[31:16];
endmodule // gridcore_tile$muls$1

// v-- Setting output parameters to net type for wrapped code.


module gridcore_tile$muls$2(clock,x,w0,w1,p0,p1);
    
    // Module arguments
    input wire  clock;
    input wire  [7:0] x;
    input wire  [7:0] w0;
    input wire  [7:0] w1;
    output wire  [15:0] p0;
    output wire  [15:0] p1;
    
    // Constant declarations
    localparam  ice40 = 1'b1;
    
    // Update code (wrapper)
    wire nc_co, nc_accumco, nc_signextout;
    wire [31:0] o;
    SB_MAC16 #(.MODE_8x8(1'b1), .A_SIGNED(1'b1), .B_SIGNED(1'b1),
        .A_REG(1'b1), .B_REG(1'b1), .TOP_8x8_MULT_REG(1'b1), .BOT_8x8_MULT_REG(1'b1),
        .TOPOUTPUT_SELECT(2'b10), .BOTOUTPUT_SELECT(2'b10)) mac (
        .CLK(clock), .CE(1'b1), .A({x, x}), .B({w1, w0}), .C(16'b0), .D(16'b0),
        .AHOLD(1'b0), .BHOLD(1'b0), .CHOLD(1'b0), .DHOLD(1'b0),
    .IRSTTOP(1'b0), .IRSTBOT(1'b0), .ORSTTOP(1'b0), .ORSTBOT(1'b0),
    .OLOADTOP(1'b0), .OLOADBOT(1'b0), .ADDSUBTOP(1'b0), .ADDSUBBOT(1'b0),
    .OHOLDTOP(1'b0), .OHOLDBOT(1'b0), .CI(1'b0), .ACCUMCI(1'b0), .SIGNEXTIN(1'b0),
    .CO(nc_co), .ACCUMCO(nc_accumco), .SIGNEXTOUT(nc_signextout),
        .O(o));
    assign p0 = o[15:0];
    assign p1 = o[31:16];
endmodule // gridcore_tile$muls$2

// v-- Setting output parameters to net type for wrapped code.


module gridcore_tile$muls$3(clock,x,w0,w1,p0,p1);
    
    // Module arguments
    input wire  clock;
    input wire  [7:0] x;
    input wire  [7:0] w0;
    input wire  [7:0] w1;
    output wire  [15:0] p0;
    output wire  [15:0] p1;
    
    // Constant declarations
    localparam  ice40 = 1'b1;
    
    // Update code (wrapper)
    wire nc_co, nc_accumco, nc_signextout;
    wire [31:0] o;
    SB_MAC16 #(.MODE_8x8(1'b1), .A_SIGNED(1'b1), .B_SIGNED(1'b1),
        .A_REG(1'b1), .B_REG(1'b1), .TOP_8x8_MULT_REG(1'b1), .BOT_8x8_MULT_REG(1'b1),
        .TOPOUTPUT_SELECT(2'b10), .BOTOUTPUT_SELECT(2'b10)) mac (
        .CLK(clock), .CE(1'b1), .A({x, x}), .B({w1, w0}), .C(16'b0), .D(16'b0),
        .AHOLD(1'b0), .BHOLD(1'b0), .CHOLD(1'b0), .DHOLD(1'b0),
    .IRSTTOP(1'b0), .IRSTBOT(1'b0), .ORSTTOP(1'b0), .ORSTBOT(1'b0),
    .OLOADTOP(1'b0), .OLOADBOT(1'b0), .ADDSUBTOP(1'b0), .ADDSUBBOT(1'b0),
    .OHOLDTOP(1'b0), .OHOLDBOT(1'b0), .CI(1'b0), .ACCUMCI(1'b0), .SIGNEXTIN(1'b0),
    .CO(nc_co), .ACCUMCO(nc_accumco), .SIGNEXTOUT(nc_signextout),
        .O(o));
    assign p0 = o[15:0];
    assign p1 = o[31:16];
endmodule // gridcore_tile$muls$3

// v-- Setting output parameters to net type for wrapped code.


module gridcore_tile$muls$4(clock,x,w0,w1,p0,p1);
    
    // Module arguments
    input wire  clock;
    input wire  [7:0] x;
    input wire  [7:0] w0;
    input wire  [7:0] w1;
    output wire  [15:0] p0;
    output wire  [15:0] p1;
    
    // Constant declarations
    localparam  ice40 = 1'b1;
    
    // Update code (wrapper)
    wire nc_co, nc_accumco, nc_signextout;
    wire [31:0] o;
    SB_MAC16 #(.MODE_8x8(1'b1), .A_SIGNED(1'b1), .B_SIGNED(1'b1),
        .A_REG(1'b1), .B_REG(1'b1), .TOP_8x8_MULT_REG(1'b1), .BOT_8x8_MULT_REG(1'b1),
        .TOPOUTPUT_SELECT(2'b10), .BOTOUTPUT_SELECT(2'b10)) mac (
        .CLK(clock), .CE(1'b1), .A({x, x}), .B({w1, w0}), .C(16'b0), .D(16'b0),
        .AHOLD(1'b0), .BHOLD(1'b0), .CHOLD(1'b0), .DHOLD(1'b0),
    .IRSTTOP(1'b0), .IRSTBOT(1'b0), .ORSTTOP(1'b0), .ORSTBOT(1'b0),
    .OLOADTOP(1'b0), .OLOADBOT(1'b0), .ADDSUBTOP(1'b0), .ADDSUBBOT(1'b0),
    .OHOLDTOP(1'b0), .OHOLDBOT(1'b0), .CI(1'b0), .ACCUMCI(1'b0), .SIGNEXTIN(1'b0),
    .CO(nc_co), .ACCUMCO(nc_accumco), .SIGNEXTOUT(nc_signextout),
        .O(o));
    assign p0 = o[15:0];
    assign p1 = o[31:16];
endmodule // gridcore_tile$muls$4

// v-- Setting output parameters to net type for wrapped code.


module gridcore_tile$muls$5(clock,x,w0,w1,p0,p1);
    
    // Module arguments
    input wire  clock;
    input wire  [7:0] x;
    input wire  [7:0] w0;
    input wire  [7:0] w1;
    output wire  [15:0] p0;
    output wire  [15:0] p1;
    
    // Constant declarations
    localparam  ice40 = 1'b1;
    
    // Update code (wrapper)
    wire nc_co, nc_accumco, nc_signextout;
    wire [31:0] o;
    SB_MAC16 #(.MODE_8x8(1'b1), .A_SIGNED(1'b1), .B_SIGNED(1'b1),
        .A_REG(1'b1), .B_REG(1'b1), .TOP_8x8_MULT_REG(1'b1), .BOT_8x8_MULT_REG(1'b1),
        .TOPOUTPUT_SELECT(2'b10), .BOTOUTPUT_SELECT(2'b10)) mac (
        .CLK(clock), .CE(1'b1), .A({x, x}), .B({w1, w0}), .C(16'b0), .D(16'b0),
        .AHOLD(1'b0), .BHOLD(1'b0), .CHOLD(1'b0), .DHOLD(1'b0),
    .IRSTTOP(1'b0), .IRSTBOT(1'b0), .ORSTTOP(1'b0), .ORSTBOT(1'b0),
    .OLOADTOP(1'b0), .OLOADBOT(1'b0), .ADDSUBTOP(1'b0), .ADDSUBBOT(1'b0),
    .OHOLDTOP(1'b0), .OHOLDBOT(1'b0), .CI(1'b0), .ACCUMCI(1'b0), .SIGNEXTIN(1'b0),
    .CO(nc_co), .ACCUMCO(nc_accumco), .SIGNEXTOUT(nc_signextout),
        .O(o));
    assign p0 = o[15:0];
    assign p1 = o[31:16];
endmodule // gridcore_tile$muls$5

// v-- Setting output parameters to net type for wrapped code.


module gridcore_tile$muls$6(clock,x,w0,w1,p0,p1);
    
    // Module arguments
    input wire  clock;
    input wire  [7:0] x;
    input wire  [7:0] w0;
    input wire  [7:0] w1;
    output wire  [15:0] p0;
    output wire  [15:0] p1;
    
    // Constant declarations
    localparam  ice40 = 1'b1;
    
    // Update code (wrapper)
    wire nc_co, nc_accumco, nc_signextout;
    wire [31:0] o;
    SB_MAC16 #(.MODE_8x8(1'b1), .A_SIGNED(1'b1), .B_SIGNED(1'b1),
        .A_REG(1'b1), .B_REG(1'b1), .TOP_8x8_MULT_REG(1'b1), .BOT_8x8_MULT_REG(1'b1),
        .TOPOUTPUT_SELECT(2'b10), .BOTOUTPUT_SELECT(2'b10)) mac (
        .CLK(clock), .CE(1'b1), .A({x, x}), .B({w1, w0}), .C(16'b0), .D(16'b0),
        .AHOLD(1'b0), .BHOLD(1'b0), .CHOLD(1'b0), .DHOLD(1'b0),
    .IRSTTOP(1'b0), .IRSTBOT(1'b0), .ORSTTOP(1'b0), .ORSTBOT(1'b0),
    .OLOADTOP(1'b0), .OLOADBOT(1'b0), .ADDSUBTOP(1'b0), .ADDSUBBOT(1'b0),
    .OHOLDTOP(1'b0), .OHOLDBOT(1'b0), .CI(1'b0), .ACCUMCI(1'b0), .SIGNEXTIN(1'b0),
    .CO(nc_co), .ACCUMCO(nc_accumco), .SIGNEXTOUT(nc_signextout),
        .O(o));
    assign p0 = o[15:0];
    assign p1 = o[31:16];
endmodule // gridcore_tile$muls$6

// v-- Setting output parameters to net type for wrapped code.


module gridcore_tile$muls$7(clock,x,w0,w1,p0,p1);
    
    // Module arguments
    input wire  clock;
    input wire  [7:0] x;
    input wire  [7:0] w0;
    input wire  [7:0] w1;
    output wire  [15:0] p0;
    output wire  [15:0] p1;
    
    // Constant declarations
    localparam  ice40 = 1'b1;
    
    // Update code (wrapper)
    wire nc_co, nc_accumco, nc_signextout;
    wire [31:0] o;
    SB_MAC16 #(.MODE_8x8(1'b1), .A_SIGNED(1'b1), .B_SIGNED(1'b1),
        .A_REG(1'b1), .B_REG(1'b1), .TOP_8x8_MULT_REG(1'b1), .BOT_8x8_MULT_REG(1'b1),
        .TOPOUTPUT_SELECT(2'b10), .BOTOUTPUT_SELECT(2'b10)) mac (
        .CLK(clock), .CE(1'b1), .A({x, x}), .B({w1, w0}), .C(16'b0), .D(16'b0),
        .AHOLD(1'b0), .BHOLD(1'b0), .CHOLD(1'b0), .DHOLD(1'b0),
    .IRSTTOP(1'b0), .IRSTBOT(1'b0), .ORSTTOP(1'b0), .ORSTBOT(1'b0),
    .OLOADTOP(1'b0), .OLOADBOT(1'b0), .ADDSUBTOP(1'b0), .ADDSUBBOT(1'b0),
    .OHOLDTOP(1'b0), .OHOLDBOT(1'b0), .CI(1'b0), .ACCUMCI(1'b0), .SIGNEXTIN(1'b0),
    .CO(nc_co), .ACCUMCO(nc_accumco), .SIGNEXTOUT(nc_signextout),
        .O(o));
    assign p0 = o[15:0];
    assign p1 = o[31:16];
endmodule // gridcore_tile$muls$7


module gridcore_tile$mult(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [7:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [7:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *) reg[31:0] mem[255:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // gridcore_tile$mult


module gridcore_tile$rq(clock,reset,in_valid,in_last,in_acc,in_addr,bias,mult,shift,zp,relu,out_valid,out_last,out_y,out_addr,aux_next,aux_a,aux_b,aux_p,aux_valid);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  in_valid;
    input wire  in_last;
    input wire  [31:0] in_acc;
    input wire  [15:0] in_addr;
    input wire  [31:0] bias;
    input wire  [31:0] mult;
    input wire  [5:0] shift;
    input wire  [7:0] zp;
    input wire  relu;
    output reg  out_valid;
    output reg  out_last;
    output reg  [7:0] out_y;
    output reg  [15:0] out_addr;
    input wire  aux_next;
    input wire  [15:0] aux_a;
    input wire  [15:0] aux_b;
    output reg  [31:0] aux_p;
    output reg  aux_valid;
    
    // Stub signals
    reg  aux_sel$d;
    wire  aux_sel$q;
    reg  aux_sel$clock;
    reg  head$clock;
    reg  head$reset;
    reg  head$in_valid;
    reg  head$in_last;
    reg  [15:0] head$in_addr;
    reg  [31:0] head$in_acc;
    reg  [31:0] head$bias;
    reg  [31:0] head$mult;
    reg  [5:0] head$shift;
    wire  head$v3;
    wire  head$l3;
    wire  [15:0] head$addr3;
    wire  [31:0] head$a3;
    wire  [31:0] head$m3;
    wire  [5:0] head$e3;
    wire  head$v1b_out;
    wire  [31:0] head$m1b;
    reg  tail$clock;
    reg  tail$reset;
    reg  tail$v6;
    reg  tail$l6;
    reg  [15:0] tail$addr6;
    reg  [5:0] tail$e6;
    reg  [33:0] tail$t;
    reg  [7:0] tail$zp;
    reg  tail$relu;
    wire  tail$out_valid;
    wire  tail$out_last;
    wire  [7:0] tail$out_y;
    wire  [15:0] tail$out_addr;
    wire  [33:0] tail$t7_out;
    reg  serial$0$clock;
    reg  serial$0$reset;
    reg  serial$0$v3;
    reg  serial$0$l3;
    reg  [15:0] serial$0$addr3;
    reg  [31:0] serial$0$a3;
    reg  serial$0$v1b;
    reg  [31:0] serial$0$m1b;
    reg  [5:0] serial$0$e3;
    reg  serial$0$aux_sel;
    reg  [15:0] serial$0$aux_a;
    reg  [15:0] serial$0$aux_b;
    wire  serial$0$v6;
    wire  serial$0$l6;
    wire  [15:0] serial$0$addr6;
    wire  [5:0] serial$0$e6;
    wire  [33:0] serial$0$t;
    wire  serial$0$aux_valid;
    
    // Sub module instances
    gridcore_tile$rq$aux_sel aux_sel(
        .d(aux_sel$d),
        .q(aux_sel$q),
        .clock(aux_sel$clock)
    );
    gridcore_tile$rq$head head(
        .clock(head$clock),
        .reset(head$reset),
        .in_valid(head$in_valid),
        .in_last(head$in_last),
        .in_addr(head$in_addr),
        .in_acc(head$in_acc),
        .bias(head$bias),
        .mult(head$mult),
        .shift(head$shift),
        .v3(head$v3),
        .l3(head$l3),
        .addr3(head$addr3),
        .a3(head$a3),
        .m3(head$m3),
        .e3(head$e3),
        .v1b_out(head$v1b_out),
        .m1b(head$m1b)
    );
    gridcore_tile$rq$tail tail(
        .clock(tail$clock),
        .reset(tail$reset),
        .v6(tail$v6),
        .l6(tail$l6),
        .addr6(tail$addr6),
        .e6(tail$e6),
        .t(tail$t),
        .zp(tail$zp),
        .relu(tail$relu),
        .out_valid(tail$out_valid),
        .out_last(tail$out_last),
        .out_y(tail$out_y),
        .out_addr(tail$out_addr),
        .t7_out(tail$t7_out)
    );
    gridcore_tile$rq$serial$0 serial$0(
        .clock(serial$0$clock),
        .reset(serial$0$reset),
        .v3(serial$0$v3),
        .l3(serial$0$l3),
        .addr3(serial$0$addr3),
        .a3(serial$0$a3),
        .v1b(serial$0$v1b),
        .m1b(serial$0$m1b),
        .e3(serial$0$e3),
        .aux_sel(serial$0$aux_sel),
        .aux_a(serial$0$aux_a),
        .aux_b(serial$0$aux_b),
        .v6(serial$0$v6),
        .l6(serial$0$l6),
        .addr6(serial$0$addr6),
        .e6(serial$0$e6),
        .t(serial$0$t),
        .aux_valid(serial$0$aux_valid)
    );
    
    // Update code
    always @(*) begin
        aux_sel$clock = clock;
        aux_sel$d = aux_sel$q;
        aux_sel$d = aux_next & ~reset;
        head$clock = clock;
        head$reset = reset;
        head$in_valid = in_valid;
        head$in_last = in_last;
        head$in_addr = in_addr;
        head$in_acc = in_acc;
        head$bias = bias;
        head$mult = mult;
        head$shift = shift;
        tail$clock = clock;
        tail$reset = reset;
        tail$zp = zp;
        tail$relu = relu;
        out_valid = tail$out_valid;
        out_last = tail$out_last;
        out_y = tail$out_y;
        out_addr = tail$out_addr;
        tail$v6 = 1'b0;
        tail$l6 = 1'b0;
        tail$addr6 = 32'h0;
        tail$e6 = 32'h0;
        tail$t = 32'h0;
        aux_p = 32'h0;
        aux_valid = 1'b0;
        serial$0$clock = clock;
        serial$0$reset = reset;
        serial$0$v3 = head$v3;
        serial$0$l3 = head$l3;
        serial$0$addr3 = head$addr3;
        serial$0$a3 = head$a3;
        serial$0$v1b = head$v1b_out;
        serial$0$m1b = head$m1b;
        serial$0$e3 = head$e3;
        serial$0$aux_sel = aux_sel$q;
        serial$0$aux_a = aux_a;
        serial$0$aux_b = aux_b;
        tail$v6 = serial$0$v6;
        tail$l6 = serial$0$l6;
        tail$addr6 = serial$0$addr6;
        tail$e6 = serial$0$e6;
        tail$t = serial$0$t;
        aux_p = tail$t7_out[(32'h0)+:(32)];
        aux_valid = serial$0$aux_valid;
    end
    
endmodule // gridcore_tile$rq


module gridcore_tile$rq$aux_sel(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$aux_sel


module gridcore_tile$rq$head(clock,reset,in_valid,in_last,in_addr,in_acc,bias,mult,shift,v3,l3,addr3,a3,m3,e3,v1b_out,m1b);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  in_valid;
    input wire  in_last;
    input wire  [15:0] in_addr;
    input wire  [31:0] in_acc;
    input wire  [31:0] bias;
    input wire  [31:0] mult;
    input wire  [5:0] shift;
    output reg  v3;
    output reg  l3;
    output reg  [15:0] addr3;
    output reg  [31:0] a3;
    output reg  [31:0] m3;
    output reg  [5:0] e3;
    output reg  v1b_out;
    output reg  [31:0] m1b;
    
    // Stub signals
    reg  carry$clock;
    reg  carry$reset;
    reg  carry$v_in;
    reg  carry$l_in;
    reg  [15:0] carry$a_in;
    wire  carry$v_second;
    wire  carry$v_out;
    wire  carry$l_out;
    wire  [15:0] carry$a_out;
    reg  [31:0] acc1b$d;
    wire  [31:0] acc1b$q;
    reg  acc1b$clock;
    reg  [31:0] bias_r$d;
    wire  [31:0] bias_r$q;
    reg  bias_r$clock;
    reg  [31:0] mult_r$d;
    wire  [31:0] mult_r$q;
    reg  mult_r$clock;
    reg  [5:0] shift_r$d;
    wire  [5:0] shift_r$q;
    reg  shift_r$clock;
    reg  [31:0] sum2$d;
    wire  [31:0] sum2$q;
    reg  sum2$clock;
    reg  [31:0] m2$d;
    wire  [31:0] m2$q;
    reg  m2$clock;
    reg  [4:0] lsh2$d;
    wire  [4:0] lsh2$q;
    reg  lsh2$clock;
    reg  [5:0] e2$d;
    wire  [5:0] e2$q;
    reg  e2$clock;
    reg  [31:0] a3v$d;
    wire  [31:0] a3v$q;
    reg  a3v$clock;
    reg  [31:0] m3r$d;
    wire  [31:0] m3r$q;
    reg  m3r$clock;
    reg  [5:0] e3r$d;
    wire  [5:0] e3r$q;
    reg  e3r$clock;
    
    // Sub module instances
    gridcore_tile$rq$head$carry carry(
        .clock(carry$clock),
        .reset(carry$reset),
        .v_in(carry$v_in),
        .l_in(carry$l_in),
        .a_in(carry$a_in),
        .v_second(carry$v_second),
        .v_out(carry$v_out),
        .l_out(carry$l_out),
        .a_out(carry$a_out)
    );
    gridcore_tile$rq$head$acc1b acc1b(
        .d(acc1b$d),
        .q(acc1b$q),
        .clock(acc1b$clock)
    );
    gridcore_tile$rq$head$bias_r bias_r(
        .d(bias_r$d),
        .q(bias_r$q),
        .clock(bias_r$clock)
    );
    gridcore_tile$rq$head$mult_r mult_r(
        .d(mult_r$d),
        .q(mult_r$q),
        .clock(mult_r$clock)
    );
    gridcore_tile$rq$head$shift_r shift_r(
        .d(shift_r$d),
        .q(shift_r$q),
        .clock(shift_r$clock)
    );
    gridcore_tile$rq$head$sum2 sum2(
        .d(sum2$d),
        .q(sum2$q),
        .clock(sum2$clock)
    );
    gridcore_tile$rq$head$m2 m2(
        .d(m2$d),
        .q(m2$q),
        .clock(m2$clock)
    );
    gridcore_tile$rq$head$lsh2 lsh2(
        .d(lsh2$d),
        .q(lsh2$q),
        .clock(lsh2$clock)
    );
    gridcore_tile$rq$head$e2 e2(
        .d(e2$d),
        .q(e2$q),
        .clock(e2$clock)
    );
    gridcore_tile$rq$head$a3v a3v(
        .d(a3v$d),
        .q(a3v$q),
        .clock(a3v$clock)
    );
    gridcore_tile$rq$head$m3r m3r(
        .d(m3r$d),
        .q(m3r$q),
        .clock(m3r$clock)
    );
    gridcore_tile$rq$head$e3r e3r(
        .d(e3r$d),
        .q(e3r$q),
        .clock(e3r$clock)
    );
    
    // Update code
    always @(*) begin
        acc1b$clock = clock;
        bias_r$clock = clock;
        mult_r$clock = clock;
        shift_r$clock = clock;
        sum2$clock = clock;
        m2$clock = clock;
        lsh2$clock = clock;
        e2$clock = clock;
        a3v$clock = clock;
        m3r$clock = clock;
        e3r$clock = clock;
        acc1b$d = acc1b$q;
        bias_r$d = bias_r$q;
        mult_r$d = mult_r$q;
        shift_r$d = shift_r$q;
        sum2$d = sum2$q;
        m2$d = m2$q;
        lsh2$d = lsh2$q;
        e2$d = e2$q;
        a3v$d = a3v$q;
        m3r$d = m3r$q;
        e3r$d = e3r$q;
        carry$clock = clock;
        carry$reset = reset;
        carry$v_in = in_valid;
        carry$l_in = in_last;
        carry$a_in = in_addr;
        v3 = carry$v_out;
        l3 = carry$l_out;
        addr3 = carry$a_out;
        a3 = a3v$q;
        m3 = m3r$q;
        e3 = e3r$q;
        v1b_out = carry$v_second;
        m1b = mult_r$q;
        acc1b$d = in_acc;
        bias_r$d = bias;
        mult_r$d = mult;
        shift_r$d = shift;
        sum2$d = acc1b$q + bias_r$q;
        m2$d = mult_r$q;
        lsh2$d = 32'h0;
        e2$d = 32'h0;
        if (shift_r$q[32'h5]) begin
            e2$d = ~shift_r$q + 32'h1;
        end
        else begin
            lsh2$d = shift_r$q[(32'h0)+:(5)];
        end
        a3v$d = sum2$q << lsh2$q;
        e3r$d = e2$q;
        m3r$d = m2$q;
    end
    
endmodule // gridcore_tile$rq$head


module gridcore_tile$rq$head$a3v(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$head$a3v


module gridcore_tile$rq$head$acc1b(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$head$acc1b


module gridcore_tile$rq$head$bias_r(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$head$bias_r


module gridcore_tile$rq$head$carry(clock,reset,v_in,l_in,a_in,v_second,v_out,l_out,a_out);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  v_in;
    input wire  l_in;
    input wire  [15:0] a_in;
    output reg  v_second;
    output reg  v_out;
    output reg  l_out;
    output reg  [15:0] a_out;
    
    // Stub signals
    reg  v$0$d;
    wire  v$0$q;
    reg  v$0$clock;
    reg  v$1$d;
    wire  v$1$q;
    reg  v$1$clock;
    reg  v$2$d;
    wire  v$2$q;
    reg  v$2$clock;
    reg  v$3$d;
    wire  v$3$q;
    reg  v$3$clock;
    reg  l$0$d;
    wire  l$0$q;
    reg  l$0$clock;
    reg  l$1$d;
    wire  l$1$q;
    reg  l$1$clock;
    reg  l$2$d;
    wire  l$2$q;
    reg  l$2$clock;
    reg  l$3$d;
    wire  l$3$q;
    reg  l$3$clock;
    reg  [15:0] a$0$d;
    wire  [15:0] a$0$q;
    reg  a$0$clock;
    reg  [15:0] a$1$d;
    wire  [15:0] a$1$q;
    reg  a$1$clock;
    reg  [15:0] a$2$d;
    wire  [15:0] a$2$q;
    reg  a$2$clock;
    reg  [15:0] a$3$d;
    wire  [15:0] a$3$q;
    reg  a$3$clock;
    
    // Sub module instances
    gridcore_tile$rq$head$carry$v$0 v$0(
        .d(v$0$d),
        .q(v$0$q),
        .clock(v$0$clock)
    );
    gridcore_tile$rq$head$carry$v$1 v$1(
        .d(v$1$d),
        .q(v$1$q),
        .clock(v$1$clock)
    );
    gridcore_tile$rq$head$carry$v$2 v$2(
        .d(v$2$d),
        .q(v$2$q),
        .clock(v$2$clock)
    );
    gridcore_tile$rq$head$carry$v$3 v$3(
        .d(v$3$d),
        .q(v$3$q),
        .clock(v$3$clock)
    );
    gridcore_tile$rq$head$carry$l$0 l$0(
        .d(l$0$d),
        .q(l$0$q),
        .clock(l$0$clock)
    );
    gridcore_tile$rq$head$carry$l$1 l$1(
        .d(l$1$d),
        .q(l$1$q),
        .clock(l$1$clock)
    );
    gridcore_tile$rq$head$carry$l$2 l$2(
        .d(l$2$d),
        .q(l$2$q),
        .clock(l$2$clock)
    );
    gridcore_tile$rq$head$carry$l$3 l$3(
        .d(l$3$d),
        .q(l$3$q),
        .clock(l$3$clock)
    );
    gridcore_tile$rq$head$carry$a$0 a$0(
        .d(a$0$d),
        .q(a$0$q),
        .clock(a$0$clock)
    );
    gridcore_tile$rq$head$carry$a$1 a$1(
        .d(a$1$d),
        .q(a$1$q),
        .clock(a$1$clock)
    );
    gridcore_tile$rq$head$carry$a$2 a$2(
        .d(a$2$d),
        .q(a$2$q),
        .clock(a$2$clock)
    );
    gridcore_tile$rq$head$carry$a$3 a$3(
        .d(a$3$d),
        .q(a$3$q),
        .clock(a$3$clock)
    );
    
    // Update code
    always @(*) begin
        v$0$clock = clock;
        l$0$clock = clock;
        a$0$clock = clock;
        v$1$clock = clock;
        l$1$clock = clock;
        a$1$clock = clock;
        v$2$clock = clock;
        l$2$clock = clock;
        a$2$clock = clock;
        v$3$clock = clock;
        l$3$clock = clock;
        a$3$clock = clock;
        v$0$d = v_in;
        l$0$d = l_in;
        a$0$d = a_in;
        v$1$d = v$0$q;
        l$1$d = l$0$q;
        a$1$d = a$0$q;
        v$2$d = v$1$q;
        l$2$d = l$1$q;
        a$2$d = a$1$q;
        v$3$d = v$2$q;
        l$3$d = l$2$q;
        a$3$d = a$2$q;
        v_second = v$1$q;
        v_out = v$3$q;
        l_out = l$3$q;
        a_out = a$3$q;
        if (reset) begin
            v$0$d = 1'b0;
            l$0$d = 1'b0;
            v$1$d = 1'b0;
            l$1$d = 1'b0;
            v$2$d = 1'b0;
            l$2$d = 1'b0;
            v$3$d = 1'b0;
            l$3$d = 1'b0;
        end
    end
    
endmodule // gridcore_tile$rq$head$carry


module gridcore_tile$rq$head$carry$a$0(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$head$carry$a$0


module gridcore_tile$rq$head$carry$a$1(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$head$carry$a$1


module gridcore_tile$rq$head$carry$a$2(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$head$carry$a$2


module gridcore_tile$rq$head$carry$a$3(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$head$carry$a$3


module gridcore_tile$rq$head$carry$l$0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$head$carry$l$0


module gridcore_tile$rq$head$carry$l$1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$head$carry$l$1


module gridcore_tile$rq$head$carry$l$2(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$head$carry$l$2


module gridcore_tile$rq$head$carry$l$3(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$head$carry$l$3


module gridcore_tile$rq$head$carry$v$0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$head$carry$v$0


module gridcore_tile$rq$head$carry$v$1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$head$carry$v$1


module gridcore_tile$rq$head$carry$v$2(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$head$carry$v$2


module gridcore_tile$rq$head$carry$v$3(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$head$carry$v$3


module gridcore_tile$rq$head$e2(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$head$e2


module gridcore_tile$rq$head$e3r(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$head$e3r


module gridcore_tile$rq$head$lsh2(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$head$lsh2


module gridcore_tile$rq$head$m2(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$head$m2


module gridcore_tile$rq$head$m3r(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$head$m3r


module gridcore_tile$rq$head$mult_r(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$head$mult_r


module gridcore_tile$rq$head$shift_r(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$head$shift_r


module gridcore_tile$rq$head$sum2(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$head$sum2


module gridcore_tile$rq$serial$0(clock,reset,v3,l3,addr3,a3,v1b,m1b,e3,aux_sel,aux_a,aux_b,v6,l6,addr6,e6,t,aux_valid);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  v3;
    input wire  l3;
    input wire  [15:0] addr3;
    input wire  [31:0] a3;
    input wire  v1b;
    input wire  [31:0] m1b;
    input wire  [5:0] e3;
    input wire  aux_sel;
    input wire  [15:0] aux_a;
    input wire  [15:0] aux_b;
    output reg  v6;
    output reg  l6;
    output reg  [15:0] addr6;
    output reg  [5:0] e6;
    output reg  [33:0] t;
    output reg  aux_valid;
    
    // Stub signals
    reg  mul$clock;
    reg  mul$reset;
    reg  mul$load;
    reg  [31:0] mul$a;
    reg  [35:0] mul$a3;
    reg  [31:0] mul$m;
    wire  mul$done;
    wire  [33:0] mul$t;
    reg  v3b$d;
    wire  v3b$q;
    reg  v3b$clock;
    reg  l3b$d;
    wire  l3b$q;
    reg  l3b$clock;
    reg  [15:0] addr3b$d;
    wire  [15:0] addr3b$q;
    reg  addr3b$clock;
    reg  [5:0] e3b$d;
    wire  [5:0] e3b$q;
    reg  e3b$clock;
    reg  aux3b$d;
    wire  aux3b$q;
    reg  aux3b$clock;
    reg  [31:0] a3b$d;
    wire  [31:0] a3b$q;
    reg  a3b$clock;
    reg  [35:0] a3x3$d;
    wire  [35:0] a3x3$q;
    reg  a3x3$clock;
    reg  [31:0] m_hold$d;
    wire  [31:0] m_hold$q;
    reg  m_hold$clock;
    reg  held_last$d;
    wire  held_last$q;
    reg  held_last$clock;
    reg  [15:0] held_addr$d;
    wire  [15:0] held_addr$q;
    reg  held_addr$clock;
    reg  [5:0] held_e$d;
    wire  [5:0] held_e$q;
    reg  held_e$clock;
    reg  held_aux$d;
    wire  held_aux$q;
    reg  held_aux$clock;
    reg  aux_q$d;
    wire  aux_q$q;
    reg  aux_q$clock;
    
    // Local signals
    reg  [31:0] a_in;
    reg  [35:0] a_in36;
    
    // Sub module instances
    gridcore_tile$rq$serial$0$mul mul(
        .clock(mul$clock),
        .reset(mul$reset),
        .load(mul$load),
        .a(mul$a),
        .a3(mul$a3),
        .m(mul$m),
        .done(mul$done),
        .t(mul$t)
    );
    gridcore_tile$rq$serial$0$v3b v3b(
        .d(v3b$d),
        .q(v3b$q),
        .clock(v3b$clock)
    );
    gridcore_tile$rq$serial$0$l3b l3b(
        .d(l3b$d),
        .q(l3b$q),
        .clock(l3b$clock)
    );
    gridcore_tile$rq$serial$0$addr3b addr3b(
        .d(addr3b$d),
        .q(addr3b$q),
        .clock(addr3b$clock)
    );
    gridcore_tile$rq$serial$0$e3b e3b(
        .d(e3b$d),
        .q(e3b$q),
        .clock(e3b$clock)
    );
    gridcore_tile$rq$serial$0$aux3b aux3b(
        .d(aux3b$d),
        .q(aux3b$q),
        .clock(aux3b$clock)
    );
    gridcore_tile$rq$serial$0$a3b a3b(
        .d(a3b$d),
        .q(a3b$q),
        .clock(a3b$clock)
    );
    gridcore_tile$rq$serial$0$a3x3 a3x3(
        .d(a3x3$d),
        .q(a3x3$q),
        .clock(a3x3$clock)
    );
    gridcore_tile$rq$serial$0$m_hold m_hold(
        .d(m_hold$d),
        .q(m_hold$q),
        .clock(m_hold$clock)
    );
    gridcore_tile$rq$serial$0$held_last held_last(
        .d(held_last$d),
        .q(held_last$q),
        .clock(held_last$clock)
    );
    gridcore_tile$rq$serial$0$held_addr held_addr(
        .d(held_addr$d),
        .q(held_addr$q),
        .clock(held_addr$clock)
    );
    gridcore_tile$rq$serial$0$held_e held_e(
        .d(held_e$d),
        .q(held_e$q),
        .clock(held_e$clock)
    );
    gridcore_tile$rq$serial$0$held_aux held_aux(
        .d(held_aux$d),
        .q(held_aux$q),
        .clock(held_aux$clock)
    );
    gridcore_tile$rq$serial$0$aux_q aux_q(
        .d(aux_q$d),
        .q(aux_q$q),
        .clock(aux_q$clock)
    );
    
    // Update code
    always @(*) begin
        v3b$clock = clock;
        l3b$clock = clock;
        addr3b$clock = clock;
        e3b$clock = clock;
        aux3b$clock = clock;
        a3b$clock = clock;
        a3x3$clock = clock;
        m_hold$clock = clock;
        held_last$clock = clock;
        held_addr$clock = clock;
        held_e$clock = clock;
        held_aux$clock = clock;
        aux_q$clock = clock;
        v3b$d = v3b$q;
        l3b$d = l3b$q;
        addr3b$d = addr3b$q;
        e3b$d = e3b$q;
        aux3b$d = aux3b$q;
        a3b$d = a3b$q;
        a3x3$d = a3x3$q;
        m_hold$d = m_hold$q;
        held_last$d = held_last$q;
        held_addr$d = held_addr$q;
        held_e$d = held_e$q;
        held_aux$d = held_aux$q;
        aux_q$d = aux_q$q;
        if (v1b) begin
            m_hold$d = m1b;
        end
        a_in = a3;
        v3b$d = v3;
        aux3b$d = 1'b0;
        if (aux_sel) begin
            a_in = ((aux_a) & 32'hffffffff) << 32'h10;
            v3b$d = 1'b0;
            aux3b$d = 1'b1;
        end
        a_in36 = ((a_in ^ 64'h80000000) & 36'hfffffffff) - 64'h80000000;
        if (v3 | aux_sel) begin
            a3b$d = a_in;
            a3x3$d = a_in36 + (a_in36 << 32'h1);
        end
        l3b$d = l3;
        addr3b$d = addr3;
        e3b$d = e3;
        mul$clock = clock;
        mul$reset = reset;
        mul$load = v3b$q | aux3b$q;
        mul$a = a3b$q;
        mul$a3 = a3x3$q;
        mul$m = m_hold$q;
        if (aux_sel) begin
            mul$m = ((aux_b) & 32'hffffffff) << 32'hf;
        end
        if (v3b$q | aux3b$q) begin
            held_last$d = l3b$q;
            held_addr$d = addr3b$q;
            held_e$d = e3b$q;
            held_aux$d = aux3b$q;
        end
        v6 = mul$done & ~held_aux$q;
        l6 = held_last$q;
        addr6 = held_addr$q;
        e6 = held_e$q;
        t = mul$t;
        aux_q$d = mul$done & held_aux$q;
        aux_valid = aux_q$q;
        if (reset) begin
            v3b$d = 1'b0;
            aux3b$d = 1'b0;
            aux_q$d = 1'b0;
        end
    end
    
endmodule // gridcore_tile$rq$serial$0


module gridcore_tile$rq$serial$0$a3b(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$serial$0$a3b


module gridcore_tile$rq$serial$0$a3x3(d,q,clock);
    
    // Module arguments
    input wire  [35:0] d;
    output reg  [35:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 36'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$serial$0$a3x3


module gridcore_tile$rq$serial$0$addr3b(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$serial$0$addr3b


module gridcore_tile$rq$serial$0$aux3b(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$serial$0$aux3b


module gridcore_tile$rq$serial$0$aux_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$serial$0$aux_q


module gridcore_tile$rq$serial$0$e3b(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$serial$0$e3b


module gridcore_tile$rq$serial$0$held_addr(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$serial$0$held_addr


module gridcore_tile$rq$serial$0$held_aux(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$serial$0$held_aux


module gridcore_tile$rq$serial$0$held_e(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$serial$0$held_e


module gridcore_tile$rq$serial$0$held_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$serial$0$held_last


module gridcore_tile$rq$serial$0$l3b(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$serial$0$l3b


module gridcore_tile$rq$serial$0$m_hold(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$serial$0$m_hold


module gridcore_tile$rq$serial$0$mul(clock,reset,load,a,a3,m,done,t);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  load;
    input wire  [31:0] a;
    input wire  [35:0] a3;
    input wire  [31:0] m;
    output reg  done;
    output reg  [33:0] t;
    
    // Stub signals
    reg  busy$d;
    wire  busy$q;
    reg  busy$clock;
    reg  [3:0] left$d;
    wire  [3:0] left$q;
    reg  left$clock;
    reg  [36:0] sm$d;
    wire  [36:0] sm$q;
    reg  sm$clock;
    reg  [35:0] h$d;
    wire  [35:0] h$q;
    reg  h$clock;
    reg  [35:0] term$d;
    wire  [35:0] term$q;
    reg  term$clock;
    reg  neg$d;
    wire  neg$q;
    reg  neg$clock;
    
    // Local signals
    reg  [35:0] a_ext;
    reg  [3:0] digit;
    reg  [2:0] x;
    reg  [35:0] m1;
    reg  [35:0] m2;
    reg  [35:0] m3;
    reg  [35:0] m4;
    reg  [35:0] mneg;
    reg  [35:0] sum;
    reg  [18:0] sum_lo;
    reg  [17:0] sum_hi0;
    reg  [17:0] sum_hi1;
    reg  [17:0] h_lo;
    reg  [17:0] h_hi;
    reg  [17:0] term_lo;
    reg  [17:0] term_hi;
    reg  [35:0] half;
    
    // Sub module instances
    gridcore_tile$rq$serial$0$mul$busy busy(
        .d(busy$d),
        .q(busy$q),
        .clock(busy$clock)
    );
    gridcore_tile$rq$serial$0$mul$left left(
        .d(left$d),
        .q(left$q),
        .clock(left$clock)
    );
    gridcore_tile$rq$serial$0$mul$sm sm(
        .d(sm$d),
        .q(sm$q),
        .clock(sm$clock)
    );
    gridcore_tile$rq$serial$0$mul$h h(
        .d(h$d),
        .q(h$q),
        .clock(h$clock)
    );
    gridcore_tile$rq$serial$0$mul$term term(
        .d(term$d),
        .q(term$q),
        .clock(term$clock)
    );
    gridcore_tile$rq$serial$0$mul$neg neg(
        .d(neg$d),
        .q(neg$q),
        .clock(neg$clock)
    );
    
    // Update code
    always @(*) begin
        busy$clock = clock;
        left$clock = clock;
        sm$clock = clock;
        h$clock = clock;
        term$clock = clock;
        neg$clock = clock;
        busy$d = busy$q;
        left$d = left$q;
        sm$d = sm$q;
        h$d = h$q;
        term$d = term$q;
        neg$d = neg$q;
        h_lo = h$q[(32'h0)+:(18)];
        h_hi = h$q[(32'h12)+:(18)];
        term_lo = term$q[(32'h0)+:(18)];
        term_hi = term$q[(32'h12)+:(18)];
        sum_lo = ((h_lo) & 19'h7ffff) + ((term_lo) & 19'h7ffff) + ((neg$q) & 19'h7ffff);
        sum_hi0 = h_hi + term_hi;
        sum_hi1 = h_hi - ~term_hi;
        sum = (((sum_hi0) & 36'hfffffffff) << 32'h12) | ((sum_lo[(32'h0)+:(18)]) & 36'hfffffffff);
        if (sum_lo[32'h12]) begin
            sum = (((sum_hi1) & 36'hfffffffff) << 32'h12) | ((sum_lo[(32'h0)+:(18)]) & 36'hfffffffff);
        end
        done = busy$q & (left$q == 32'h0);
        half = sum >> 32'h1;
        t = half[(32'h0)+:(34)];
        h$d = sum >> 32'h3;
        if (sum[32'h23]) begin
            h$d = (sum >> 32'h3) | 64'he00000000;
        end
        sm$d = sm$q >> 32'h3;
        if (sm$q[32'h24]) begin
            sm$d = (sm$q >> 32'h3) | 64'h1c00000000;
        end
        if (~load & (~busy$q | (left$q[(32'h1)+:(3)] == 32'h0))) begin
            sm$d = (((m ^ 64'h80000000) & 37'h1fffffffff) - 64'h80000000) << 32'h4;
        end
        left$d = left$q - 32'h1;
        busy$d = busy$q & (left$q != 32'h0);
        digit = sm$q[(32'h3)+:(4)];
        a_ext = ((a ^ 64'h80000000) & 36'hfffffffff) - 64'h80000000;
        if (load) begin
            h$d = 64'h40000000;
            left$d = 32'ha;
            busy$d = 1'b1;
        end
        x = digit[(32'h0)+:(3)];
        if (digit[32'h3]) begin
            x = ~digit[(32'h0)+:(3)];
        end
        m1 = 32'h0;
        m2 = 32'h0;
        m3 = 32'h0;
        m4 = 32'h0;
        mneg = 32'h0;
        if (~x[32'h2] & (x[32'h1] ^ x[32'h0])) begin
            m1 = 64'hfffffffff;
        end
        if ((~x[32'h2] & x[32'h1] & x[32'h0]) | (x[32'h2] & ~x[32'h1] & ~x[32'h0])) begin
            m2 = 64'hfffffffff;
        end
        if (x[32'h2] & (x[32'h1] ^ x[32'h0])) begin
            m3 = 64'hfffffffff;
        end
        if (x[32'h2] & x[32'h1] & x[32'h0]) begin
            m4 = 64'hfffffffff;
        end
        if (digit[32'h3]) begin
            mneg = 64'hfffffffff;
        end
        term$d = ((a_ext & m1) | ((a_ext << 32'h1) & m2) | (a3 & m3) | ((a_ext << 32'h2) & m4)) ^ mneg;
        neg$d = digit[32'h3];
        if (reset) begin
            busy$d = 1'b0;
        end
    end
    
endmodule // gridcore_tile$rq$serial$0$mul


module gridcore_tile$rq$serial$0$mul$busy(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$serial$0$mul$busy


module gridcore_tile$rq$serial$0$mul$h(d,q,clock);
    
    // Module arguments
    input wire  [35:0] d;
    output reg  [35:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 36'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$serial$0$mul$h


module gridcore_tile$rq$serial$0$mul$left(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$serial$0$mul$left


module gridcore_tile$rq$serial$0$mul$neg(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$serial$0$mul$neg


module gridcore_tile$rq$serial$0$mul$sm(d,q,clock);
    
    // Module arguments
    input wire  [36:0] d;
    output reg  [36:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 37'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$serial$0$mul$sm


module gridcore_tile$rq$serial$0$mul$term(d,q,clock);
    
    // Module arguments
    input wire  [35:0] d;
    output reg  [35:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 36'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$serial$0$mul$term


module gridcore_tile$rq$serial$0$v3b(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$serial$0$v3b


module gridcore_tile$rq$tail(clock,reset,v6,l6,addr6,e6,t,zp,relu,out_valid,out_last,out_y,out_addr,t7_out);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  v6;
    input wire  l6;
    input wire  [15:0] addr6;
    input wire  [5:0] e6;
    input wire  [33:0] t;
    input wire  [7:0] zp;
    input wire  relu;
    output reg  out_valid;
    output reg  out_last;
    output reg  [7:0] out_y;
    output reg  [15:0] out_addr;
    output reg  [33:0] t7_out;
    
    // Stub signals
    reg  carry$clock;
    reg  carry$reset;
    reg  carry$v_in;
    reg  carry$l_in;
    reg  [15:0] carry$a_in;
    wire  carry$v_second;
    wire  carry$v_out;
    wire  carry$l_out;
    wire  [15:0] carry$a_out;
    reg  [5:0] e7$d;
    wire  [5:0] e7$q;
    reg  e7$clock;
    reg  [33:0] t7$d;
    wire  [33:0] t7$q;
    reg  t7$clock;
    reg  [18:0] tc8$d;
    wire  [18:0] tc8$q;
    reg  tc8$clock;
    reg  [2:0] ef8$d;
    wire  [2:0] ef8$q;
    reg  ef8$clock;
    reg  rb8$d;
    wire  rb8$q;
    reg  rb8$clock;
    reg  [10:0] v9v$d;
    wire  [10:0] v9v$q;
    reg  v9v$clock;
    reg  neg9$d;
    wire  neg9$q;
    reg  neg9$clock;
    reg  [33:0] hmask7$d;
    wire  [33:0] hmask7$q;
    reg  hmask7$clock;
    reg  q12ok8$d;
    wire  q12ok8$q;
    reg  q12ok8$clock;
    reg  [33:0] ones_mask7$d;
    wire  [33:0] ones_mask7$q;
    reg  ones_mask7$clock;
    reg  ones8$d;
    wire  ones8$q;
    reg  ones8$clock;
    reg  neg8$d;
    wire  neg8$q;
    reg  neg8$clock;
    reg  [7:0] y10$d;
    wire  [7:0] y10$q;
    reg  y10$clock;
    reg  [10:0] lo_b$d;
    wire  [10:0] lo_b$q;
    reg  lo_b$clock;
    reg  [10:0] hi_b$d;
    wire  [10:0] hi_b$q;
    reg  hi_b$clock;
    reg  [7:0] lo_y$d;
    wire  [7:0] lo_y$q;
    reg  lo_y$clock;
    reg  [33:0] half7$d;
    wire  [33:0] half7$q;
    reg  half7$clock;
    reg  small9$d;
    wire  small9$q;
    reg  small9$clock;
    
    // Local signals
    reg  q_fits11;
    reg  [33:0] pow_e;
    reg  [33:0] hmask_e;
    reg  [33:0] mask;
    reg  [33:0] tcx;
    reg  [18:0] q9;
    reg  [10:0] vb;
    reg  v_small;
    reg  [11:0] below_lo;
    reg  [11:0] above_hi;
    
    // Sub module instances
    gridcore_tile$rq$tail$carry carry(
        .clock(carry$clock),
        .reset(carry$reset),
        .v_in(carry$v_in),
        .l_in(carry$l_in),
        .a_in(carry$a_in),
        .v_second(carry$v_second),
        .v_out(carry$v_out),
        .l_out(carry$l_out),
        .a_out(carry$a_out)
    );
    gridcore_tile$rq$tail$e7 e7(
        .d(e7$d),
        .q(e7$q),
        .clock(e7$clock)
    );
    gridcore_tile$rq$tail$t7 t7(
        .d(t7$d),
        .q(t7$q),
        .clock(t7$clock)
    );
    gridcore_tile$rq$tail$tc8 tc8(
        .d(tc8$d),
        .q(tc8$q),
        .clock(tc8$clock)
    );
    gridcore_tile$rq$tail$ef8 ef8(
        .d(ef8$d),
        .q(ef8$q),
        .clock(ef8$clock)
    );
    gridcore_tile$rq$tail$rb8 rb8(
        .d(rb8$d),
        .q(rb8$q),
        .clock(rb8$clock)
    );
    gridcore_tile$rq$tail$v9v v9v(
        .d(v9v$d),
        .q(v9v$q),
        .clock(v9v$clock)
    );
    gridcore_tile$rq$tail$neg9 neg9(
        .d(neg9$d),
        .q(neg9$q),
        .clock(neg9$clock)
    );
    gridcore_tile$rq$tail$hmask7 hmask7(
        .d(hmask7$d),
        .q(hmask7$q),
        .clock(hmask7$clock)
    );
    gridcore_tile$rq$tail$q12ok8 q12ok8(
        .d(q12ok8$d),
        .q(q12ok8$q),
        .clock(q12ok8$clock)
    );
    gridcore_tile$rq$tail$ones_mask7 ones_mask7(
        .d(ones_mask7$d),
        .q(ones_mask7$q),
        .clock(ones_mask7$clock)
    );
    gridcore_tile$rq$tail$ones8 ones8(
        .d(ones8$d),
        .q(ones8$q),
        .clock(ones8$clock)
    );
    gridcore_tile$rq$tail$neg8 neg8(
        .d(neg8$d),
        .q(neg8$q),
        .clock(neg8$clock)
    );
    gridcore_tile$rq$tail$y10 y10(
        .d(y10$d),
        .q(y10$q),
        .clock(y10$clock)
    );
    gridcore_tile$rq$tail$lo_b lo_b(
        .d(lo_b$d),
        .q(lo_b$q),
        .clock(lo_b$clock)
    );
    gridcore_tile$rq$tail$hi_b hi_b(
        .d(hi_b$d),
        .q(hi_b$q),
        .clock(hi_b$clock)
    );
    gridcore_tile$rq$tail$lo_y lo_y(
        .d(lo_y$d),
        .q(lo_y$q),
        .clock(lo_y$clock)
    );
    gridcore_tile$rq$tail$half7 half7(
        .d(half7$d),
        .q(half7$q),
        .clock(half7$clock)
    );
    gridcore_tile$rq$tail$small9 small9(
        .d(small9$d),
        .q(small9$q),
        .clock(small9$clock)
    );
    
    // Update code
    always @(*) begin
        e7$clock = clock;
        t7$clock = clock;
        tc8$clock = clock;
        ef8$clock = clock;
        rb8$clock = clock;
        v9v$clock = clock;
        neg9$clock = clock;
        hmask7$clock = clock;
        q12ok8$clock = clock;
        ones_mask7$clock = clock;
        ones8$clock = clock;
        neg8$clock = clock;
        y10$clock = clock;
        lo_b$clock = clock;
        hi_b$clock = clock;
        lo_y$clock = clock;
        half7$clock = clock;
        small9$clock = clock;
        e7$d = e7$q;
        t7$d = t7$q;
        tc8$d = tc8$q;
        ef8$d = ef8$q;
        rb8$d = rb8$q;
        v9v$d = v9v$q;
        neg9$d = neg9$q;
        hmask7$d = hmask7$q;
        q12ok8$d = q12ok8$q;
        ones_mask7$d = ones_mask7$q;
        ones8$d = ones8$q;
        neg8$d = neg8$q;
        y10$d = y10$q;
        lo_b$d = lo_b$q;
        hi_b$d = hi_b$q;
        lo_y$d = lo_y$q;
        half7$d = half7$q;
        small9$d = small9$q;
        carry$clock = clock;
        carry$reset = reset;
        carry$v_in = v6;
        carry$l_in = l6;
        carry$a_in = addr6;
        out_valid = carry$v_out;
        out_last = carry$l_out;
        out_addr = carry$a_out;
        out_y = y10$q;
        t7_out = t7$q;
        t7$d = t;
        pow_e = ((32'h1) & 34'h3ffffffff) << e6;
        half7$d = pow_e >> 32'h1;
        e7$d = e6;
        hmask_e = ((64'h3ffffffff) & 34'h3ffffffff) << e6;
        hmask7$d = hmask_e << 32'hb;
        ones_mask7$d = ((32'h3ff) & 34'h3ffffffff) << e6;
        mask = 32'h0;
        if (t7$q[32'h21]) begin
            mask = 64'h3ffffffff;
        end
        tcx = ((t7$q ^ mask) >> (e7$q & 32'h38)) ^ mask;
        tc8$d = tcx[(32'h0)+:(19)];
        ef8$d = e7$q[(32'h0)+:(3)];
        rb8$d = (t7$q & half7$q) != 32'h0;
        q12ok8$d = ((t7$q ^ mask) & hmask7$q) == 32'h0;
        neg8$d = t7$q[32'h21];
        ones8$d = (t7$q & ones_mask7$q) == ones_mask7$q;
        q9 = tc8$q >> ef8$q;
        v9v$d = q9[(32'h0)+:(11)] + ((rb8$q) & 11'h7ff);
        q_fits11 = q9[32'hb] == q9[32'ha];
        small9$d = q12ok8$q & q_fits11;
        if (rb8$q & ones8$q & ~q9[32'ha]) begin
            small9$d = q12ok8$q & q9[32'hb];
        end
        neg9$d = neg8$q;
        lo_b$d = (32'h0 - (((zp ^ 32'h80) & 11'h7ff) - 32'h80) - 32'h80) ^ 32'h400;
        lo_y$d = 32'h80;
        if (relu) begin
            lo_b$d = 32'h400;
            lo_y$d = zp;
        end
        hi_b$d = (32'h0 - (((zp ^ 32'h80) & 11'h7ff) - 32'h80) + 32'h7f) ^ 32'h400;
        v_small = small9$q;
        vb = v9v$q ^ 32'h400;
        y10$d = v9v$q[(32'h0)+:(8)] + zp;
        below_lo = ((vb) & 12'hfff) - ((lo_b$q) & 12'hfff);
        above_hi = ((hi_b$q) & 12'hfff) - ((vb) & 12'hfff);
        if (v_small) begin
            if (below_lo[32'hb]) begin
                y10$d = lo_y$q;
            end
            if (above_hi[32'hb]) begin
                y10$d = 32'h7f;
            end
        end
        else if (neg9$q) begin
            y10$d = lo_y$q;
        end
        else begin
            y10$d = 32'h7f;
        end
    end
    
endmodule // gridcore_tile$rq$tail


module gridcore_tile$rq$tail$carry(clock,reset,v_in,l_in,a_in,v_second,v_out,l_out,a_out);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  v_in;
    input wire  l_in;
    input wire  [15:0] a_in;
    output reg  v_second;
    output reg  v_out;
    output reg  l_out;
    output reg  [15:0] a_out;
    
    // Stub signals
    reg  v$0$d;
    wire  v$0$q;
    reg  v$0$clock;
    reg  v$1$d;
    wire  v$1$q;
    reg  v$1$clock;
    reg  v$2$d;
    wire  v$2$q;
    reg  v$2$clock;
    reg  v$3$d;
    wire  v$3$q;
    reg  v$3$clock;
    reg  l$0$d;
    wire  l$0$q;
    reg  l$0$clock;
    reg  l$1$d;
    wire  l$1$q;
    reg  l$1$clock;
    reg  l$2$d;
    wire  l$2$q;
    reg  l$2$clock;
    reg  l$3$d;
    wire  l$3$q;
    reg  l$3$clock;
    reg  [15:0] a$0$d;
    wire  [15:0] a$0$q;
    reg  a$0$clock;
    reg  [15:0] a$1$d;
    wire  [15:0] a$1$q;
    reg  a$1$clock;
    reg  [15:0] a$2$d;
    wire  [15:0] a$2$q;
    reg  a$2$clock;
    reg  [15:0] a$3$d;
    wire  [15:0] a$3$q;
    reg  a$3$clock;
    
    // Sub module instances
    gridcore_tile$rq$tail$carry$v$0 v$0(
        .d(v$0$d),
        .q(v$0$q),
        .clock(v$0$clock)
    );
    gridcore_tile$rq$tail$carry$v$1 v$1(
        .d(v$1$d),
        .q(v$1$q),
        .clock(v$1$clock)
    );
    gridcore_tile$rq$tail$carry$v$2 v$2(
        .d(v$2$d),
        .q(v$2$q),
        .clock(v$2$clock)
    );
    gridcore_tile$rq$tail$carry$v$3 v$3(
        .d(v$3$d),
        .q(v$3$q),
        .clock(v$3$clock)
    );
    gridcore_tile$rq$tail$carry$l$0 l$0(
        .d(l$0$d),
        .q(l$0$q),
        .clock(l$0$clock)
    );
    gridcore_tile$rq$tail$carry$l$1 l$1(
        .d(l$1$d),
        .q(l$1$q),
        .clock(l$1$clock)
    );
    gridcore_tile$rq$tail$carry$l$2 l$2(
        .d(l$2$d),
        .q(l$2$q),
        .clock(l$2$clock)
    );
    gridcore_tile$rq$tail$carry$l$3 l$3(
        .d(l$3$d),
        .q(l$3$q),
        .clock(l$3$clock)
    );
    gridcore_tile$rq$tail$carry$a$0 a$0(
        .d(a$0$d),
        .q(a$0$q),
        .clock(a$0$clock)
    );
    gridcore_tile$rq$tail$carry$a$1 a$1(
        .d(a$1$d),
        .q(a$1$q),
        .clock(a$1$clock)
    );
    gridcore_tile$rq$tail$carry$a$2 a$2(
        .d(a$2$d),
        .q(a$2$q),
        .clock(a$2$clock)
    );
    gridcore_tile$rq$tail$carry$a$3 a$3(
        .d(a$3$d),
        .q(a$3$q),
        .clock(a$3$clock)
    );
    
    // Update code
    always @(*) begin
        v$0$clock = clock;
        l$0$clock = clock;
        a$0$clock = clock;
        v$1$clock = clock;
        l$1$clock = clock;
        a$1$clock = clock;
        v$2$clock = clock;
        l$2$clock = clock;
        a$2$clock = clock;
        v$3$clock = clock;
        l$3$clock = clock;
        a$3$clock = clock;
        v$0$d = v_in;
        l$0$d = l_in;
        a$0$d = a_in;
        v$1$d = v$0$q;
        l$1$d = l$0$q;
        a$1$d = a$0$q;
        v$2$d = v$1$q;
        l$2$d = l$1$q;
        a$2$d = a$1$q;
        v$3$d = v$2$q;
        l$3$d = l$2$q;
        a$3$d = a$2$q;
        v_second = v$1$q;
        v_out = v$3$q;
        l_out = l$3$q;
        a_out = a$3$q;
        if (reset) begin
            v$0$d = 1'b0;
            l$0$d = 1'b0;
            v$1$d = 1'b0;
            l$1$d = 1'b0;
            v$2$d = 1'b0;
            l$2$d = 1'b0;
            v$3$d = 1'b0;
            l$3$d = 1'b0;
        end
    end
    
endmodule // gridcore_tile$rq$tail$carry


module gridcore_tile$rq$tail$carry$a$0(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$tail$carry$a$0


module gridcore_tile$rq$tail$carry$a$1(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$tail$carry$a$1


module gridcore_tile$rq$tail$carry$a$2(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$tail$carry$a$2


module gridcore_tile$rq$tail$carry$a$3(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$tail$carry$a$3


module gridcore_tile$rq$tail$carry$l$0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$tail$carry$l$0


module gridcore_tile$rq$tail$carry$l$1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$tail$carry$l$1


module gridcore_tile$rq$tail$carry$l$2(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$tail$carry$l$2


module gridcore_tile$rq$tail$carry$l$3(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$tail$carry$l$3


module gridcore_tile$rq$tail$carry$v$0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$tail$carry$v$0


module gridcore_tile$rq$tail$carry$v$1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$tail$carry$v$1


module gridcore_tile$rq$tail$carry$v$2(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$tail$carry$v$2


module gridcore_tile$rq$tail$carry$v$3(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$tail$carry$v$3


module gridcore_tile$rq$tail$e7(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$tail$e7


module gridcore_tile$rq$tail$ef8(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$tail$ef8


module gridcore_tile$rq$tail$half7(d,q,clock);
    
    // Module arguments
    input wire  [33:0] d;
    output reg  [33:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 34'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$tail$half7


module gridcore_tile$rq$tail$hi_b(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$tail$hi_b


module gridcore_tile$rq$tail$hmask7(d,q,clock);
    
    // Module arguments
    input wire  [33:0] d;
    output reg  [33:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 34'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$tail$hmask7


module gridcore_tile$rq$tail$lo_b(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$tail$lo_b


module gridcore_tile$rq$tail$lo_y(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$tail$lo_y


module gridcore_tile$rq$tail$neg8(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$tail$neg8


module gridcore_tile$rq$tail$neg9(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$tail$neg9


module gridcore_tile$rq$tail$ones8(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$tail$ones8


module gridcore_tile$rq$tail$ones_mask7(d,q,clock);
    
    // Module arguments
    input wire  [33:0] d;
    output reg  [33:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 34'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$tail$ones_mask7


module gridcore_tile$rq$tail$q12ok8(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$tail$q12ok8


module gridcore_tile$rq$tail$rb8(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$tail$rb8


module gridcore_tile$rq$tail$small9(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$tail$small9


module gridcore_tile$rq$tail$t7(d,q,clock);
    
    // Module arguments
    input wire  [33:0] d;
    output reg  [33:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 34'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$tail$t7


module gridcore_tile$rq$tail$tc8(d,q,clock);
    
    // Module arguments
    input wire  [18:0] d;
    output reg  [18:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 19'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$tail$tc8


module gridcore_tile$rq$tail$v9v(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$tail$v9v


module gridcore_tile$rq$tail$y10(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$rq$tail$y10


module gridcore_tile$seq(clock,reset,start,host_access,host_bad,instr,chk_pass,chk_err,fc_done,ir,decode,setl_decode,fc_decode,settle,check,run,done,error,err_code,pc,cycle_en,fetch_en,clear);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  start;
    input wire  host_access;
    input wire  host_bad;
    input wire  [63:0] instr;
    input wire  chk_pass;
    input wire  [3:0] chk_err;
    input wire  fc_done;
    output reg  [63:0] ir;
    output reg  decode;
    output reg  setl_decode;
    output reg  fc_decode;
    output reg  settle;
    output reg  check;
    output reg  run;
    output reg  done;
    output reg  error;
    output reg  [3:0] err_code;
    output reg  [15:0] pc;
    output reg  cycle_en;
    output reg  fetch_en;
    output reg  clear;
    
    // Constant declarations
    localparam  op_nop = 4'h0;
    localparam  op_setl = 4'h1;
    localparam  op_fc = 4'h2;
    localparam  op_halt = 4'hf;
    localparam  err_none = 4'h0;
    localparam  err_illegal_opcode = 4'h1;
    localparam  err_pc_range = 4'h9;
    localparam  err_host_range = 4'ha;
    localparam  settle_m1 = 4'hb;
    localparam  instr_log2 = 16'h6;
    
    // Enums
    localparam TileState$Idle = 0;
    localparam TileState$Fetch = 1;
    localparam TileState$Latch = 2;
    localparam TileState$Decode = 3;
    localparam TileState$Settle = 4;
    localparam TileState$Check = 5;
    localparam TileState$Exec = 6;
    localparam TileState$Done = 7;
    localparam TileState$Error = 8;
    
    // Stub signals
    reg  [3:0] state$d;
    wire  [3:0] state$q;
    reg  state$clock;
    reg  [15:0] pc_q$d;
    wire  [15:0] pc_q$q;
    reg  pc_q$clock;
    reg  pc_over$d;
    wire  pc_over$q;
    reg  pc_over$clock;
    reg  [3:0] err_q$d;
    wire  [3:0] err_q$q;
    reg  err_q$clock;
    reg  [63:0] ir_q$d;
    wire  [63:0] ir_q$q;
    reg  ir_q$clock;
    reg  run_q$d;
    wire  run_q$q;
    reg  run_q$clock;
    reg  [3:0] st_left$d;
    wire  [3:0] st_left$q;
    reg  st_left$clock;
    
    // Local signals
    reg  [15:0] pc_inc;
    reg  pc_inc_over;
    reg  [3:0] opcode;
    reg  st_last;
    
    // Sub module instances
    gridcore_tile$seq$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    gridcore_tile$seq$pc_q pc_q(
        .d(pc_q$d),
        .q(pc_q$q),
        .clock(pc_q$clock)
    );
    gridcore_tile$seq$pc_over pc_over(
        .d(pc_over$d),
        .q(pc_over$q),
        .clock(pc_over$clock)
    );
    gridcore_tile$seq$err_q err_q(
        .d(err_q$d),
        .q(err_q$q),
        .clock(err_q$clock)
    );
    gridcore_tile$seq$ir_q ir_q(
        .d(ir_q$d),
        .q(ir_q$q),
        .clock(ir_q$clock)
    );
    gridcore_tile$seq$run_q run_q(
        .d(run_q$d),
        .q(run_q$q),
        .clock(run_q$clock)
    );
    gridcore_tile$seq$st_left st_left(
        .d(st_left$d),
        .q(st_left$q),
        .clock(st_left$clock)
    );
    
    // Update code
    always @(*) begin
        state$clock = clock;
        pc_q$clock = clock;
        pc_over$clock = clock;
        err_q$clock = clock;
        ir_q$clock = clock;
        run_q$clock = clock;
        st_left$clock = clock;
        state$d = state$q;
        pc_q$d = pc_q$q;
        pc_over$d = pc_over$q;
        err_q$d = err_q$q;
        ir_q$d = ir_q$q;
        run_q$d = run_q$q;
        st_left$d = st_left$q;
        ir = ir_q$q;
        opcode = ir_q$q[(32'h3c)+:(4)];
        run = run_q$q;
        done = state$q == TileState$Done;
        error = state$q == TileState$Error;
        err_code = err_q$q;
        pc = pc_q$q;
        decode = state$q == TileState$Decode;
        setl_decode = decode & (opcode == op_setl);
        fc_decode = decode & (opcode == op_fc);
        settle = state$q == TileState$Settle;
        check = state$q == TileState$Check;
        cycle_en = 1'b0;
        fetch_en = 1'b0;
        clear = 1'b0;
        pc_inc = pc_q$q + 32'h1;
        pc_inc_over = (pc_inc >> instr_log2) != 32'h0;
        st_last = (settle_m1 == 32'h0) | (st_left$q == 32'h0);
        if (~run_q$q) begin
            if (host_bad) begin
                state$d = TileState$Error;
                err_q$d = err_host_range;
            end
            else if (start & ~host_access) begin
                state$d = TileState$Fetch;
                run_q$d = 1'b1;
                pc_q$d = 32'h0;
                pc_over$d = 1'b0;
                err_q$d = err_none;
                clear = 1'b1;
            end
        end
        if (state$q == TileState$Fetch) begin
            cycle_en = 1'b1;
            if (pc_over$q) begin
                state$d = TileState$Error;
                run_q$d = 1'b0;
                err_q$d = err_pc_range;
            end
            else begin
                fetch_en = 1'b1;
                state$d = TileState$Latch;
            end
        end
        if (state$q == TileState$Latch) begin
            ir_q$d = instr;
            cycle_en = 1'b1;
            state$d = TileState$Decode;
        end
        if (state$q == TileState$Decode) begin
            cycle_en = 1'b1;
            state$d = TileState$Error;
            run_q$d = 1'b0;
            err_q$d = err_illegal_opcode;
            if (opcode == op_nop) begin
                state$d = TileState$Fetch;
                run_q$d = 1'b1;
                err_q$d = err_none;
                pc_q$d = pc_inc;
                pc_over$d = pc_inc_over;
            end
            if (opcode == op_setl) begin
                state$d = TileState$Settle;
                st_left$d = settle_m1;
                run_q$d = 1'b1;
                err_q$d = err_none;
            end
            if (opcode == op_fc) begin
                state$d = TileState$Check;
                run_q$d = 1'b1;
                err_q$d = err_none;
            end
            if (opcode == op_halt) begin
                state$d = TileState$Done;
                run_q$d = 1'b0;
                err_q$d = err_none;
            end
        end
        if (state$q == TileState$Check) begin
            cycle_en = 1'b1;
            err_q$d = chk_err;
            if (chk_pass) begin
                state$d = TileState$Exec;
            end
            else begin
                state$d = TileState$Error;
                run_q$d = 1'b0;
            end
        end
        if (state$q == TileState$Settle) begin
            cycle_en = 1'b1;
            st_left$d = st_left$q - 32'h1;
            if (st_last) begin
                state$d = TileState$Fetch;
                pc_q$d = pc_inc;
                pc_over$d = pc_inc_over;
            end
        end
        if (state$q == TileState$Exec) begin
            cycle_en = 1'b1;
            if (fc_done) begin
                state$d = TileState$Fetch;
                pc_q$d = pc_inc;
                pc_over$d = pc_inc_over;
            end
        end
        if (reset) begin
            state$d = TileState$Idle;
            run_q$d = 1'b0;
            pc_q$d = 32'h0;
            pc_over$d = 1'b0;
            err_q$d = err_none;
        end
    end
    
endmodule // gridcore_tile$seq


module gridcore_tile$seq$err_q(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$seq$err_q


module gridcore_tile$seq$ir_q(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$seq$ir_q


module gridcore_tile$seq$pc_over(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$seq$pc_over


module gridcore_tile$seq$pc_q(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$seq$pc_q


module gridcore_tile$seq$run_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$seq$run_q


module gridcore_tile$seq$st_left(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$seq$st_left


module gridcore_tile$seq$state(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Enums
    localparam TileState$Idle = 0;
    localparam TileState$Fetch = 1;
    localparam TileState$Latch = 2;
    localparam TileState$Decode = 3;
    localparam TileState$Settle = 4;
    localparam TileState$Check = 5;
    localparam TileState$Exec = 6;
    localparam TileState$Done = 7;
    localparam TileState$Error = 8;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_tile$seq$state


module gridcore_tile$shift(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [7:0] read_address;
    input wire  read_clock;
    output reg  [5:0] read_data;
    input wire  [7:0] write_address;
    input wire  write_clock;
    input wire  [5:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *) reg[5:0] mem[255:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // gridcore_tile$shift
