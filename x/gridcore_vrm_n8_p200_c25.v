

module gridcore_vrm(clock,reset,en,ov_in,vout_code,vin_code,temp_code,iph$0,iph$1,iph$2,iph$3,iph$4,iph$5,iph$6,iph$7,iph$8,iph$9,iph$10,iph$11,iph$12,iph$13,iph$14,iph$15,reg_we,reg_re,reg_addr,reg_wdata,hs,ls,reg_rdata,pgood,alert,duty,vref,v_set,i_filt,n_active,mode);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  en;
    input wire  ov_in;
    input wire  [12:0] vout_code;
    input wire  [12:0] vin_code;
    input wire  [11:0] temp_code;
    input wire  [11:0] iph$0;
    input wire  [11:0] iph$1;
    input wire  [11:0] iph$2;
    input wire  [11:0] iph$3;
    input wire  [11:0] iph$4;
    input wire  [11:0] iph$5;
    input wire  [11:0] iph$6;
    input wire  [11:0] iph$7;
    input wire  [11:0] iph$8;
    input wire  [11:0] iph$9;
    input wire  [11:0] iph$10;
    input wire  [11:0] iph$11;
    input wire  [11:0] iph$12;
    input wire  [11:0] iph$13;
    input wire  [11:0] iph$14;
    input wire  [11:0] iph$15;
    input wire  reg_we;
    input wire  reg_re;
    input wire  [7:0] reg_addr;
    input wire  [15:0] reg_wdata;
    output reg  [15:0] hs;
    output reg  [15:0] ls;
    output reg  [15:0] reg_rdata;
    output reg  pgood;
    output reg  alert;
    output reg  [15:0] duty;
    output reg  [12:0] vref;
    output reg  [12:0] v_set;
    output reg  [15:0] i_filt;
    output reg  [4:0] n_active;
    output reg  [2:0] mode;
    
    // Constant declarations
    localparam  n_built = 5'b1000;
    localparam  period = 11'b11001000;
    localparam  ctrl_div = 7'b11001;
    localparam  freq_word = 16'h1f4;
    
    // Stub signals
    reg  phases$0$clock;
    reg  phases$0$reset;
    reg  [4:0] phases$0$n_active;
    reg  [2:0] phases$0$mode;
    reg  phases$0$ov;
    reg  [10:0] phases$0$m_next;
    reg  [10:0] phases$0$step;
    reg  [19:0] phases$0$t256_base;
    reg  [19:0] phases$0$t256_max;
    reg  [7:0] phases$0$dt_rise;
    reg  [7:0] phases$0$dt_fall;
    reg  [11:0] phases$0$iph;
    reg  [11:0] phases$0$ph_oc;
    reg  phases$0$turn_on;
    reg  phases$0$bal_en;
    reg  [12:0] phases$0$mean;
    reg  [4:0] phases$0$kb;
    reg  [11:0] phases$0$bal_max;
    reg  [11:0] phases$0$ph_imb;
    wire  phases$0$hs;
    wire  phases$0$ls;
    wire  [12:0] phases$0$iavg;
    wire  phases$0$oc_hit;
    wire  phases$0$imb_hit;
    reg  [15:0] phases$0$hs_in;
    wire  [15:0] phases$0$hs_out;
    reg  [15:0] phases$0$ls_in;
    wire  [15:0] phases$0$ls_out;
    reg  [17:0] phases$0$itot_in;
    wire  [17:0] phases$0$itot_out;
    reg  [17:0] phases$0$iinst_in;
    wire  [17:0] phases$0$iinst_out;
    reg  phases$0$oc_in;
    wire  phases$0$oc_out;
    reg  phases$0$imb_in;
    wire  phases$0$imb_out;
    reg  phases$1$clock;
    reg  phases$1$reset;
    reg  [4:0] phases$1$n_active;
    reg  [2:0] phases$1$mode;
    reg  phases$1$ov;
    reg  [10:0] phases$1$m_next;
    reg  [10:0] phases$1$step;
    reg  [19:0] phases$1$t256_base;
    reg  [19:0] phases$1$t256_max;
    reg  [7:0] phases$1$dt_rise;
    reg  [7:0] phases$1$dt_fall;
    reg  [11:0] phases$1$iph;
    reg  [11:0] phases$1$ph_oc;
    reg  phases$1$turn_on;
    reg  phases$1$bal_en;
    reg  [12:0] phases$1$mean;
    reg  [4:0] phases$1$kb;
    reg  [11:0] phases$1$bal_max;
    reg  [11:0] phases$1$ph_imb;
    wire  phases$1$hs;
    wire  phases$1$ls;
    wire  [12:0] phases$1$iavg;
    wire  phases$1$oc_hit;
    wire  phases$1$imb_hit;
    reg  [15:0] phases$1$hs_in;
    wire  [15:0] phases$1$hs_out;
    reg  [15:0] phases$1$ls_in;
    wire  [15:0] phases$1$ls_out;
    reg  [17:0] phases$1$itot_in;
    wire  [17:0] phases$1$itot_out;
    reg  [17:0] phases$1$iinst_in;
    wire  [17:0] phases$1$iinst_out;
    reg  phases$1$oc_in;
    wire  phases$1$oc_out;
    reg  phases$1$imb_in;
    wire  phases$1$imb_out;
    reg  phases$2$clock;
    reg  phases$2$reset;
    reg  [4:0] phases$2$n_active;
    reg  [2:0] phases$2$mode;
    reg  phases$2$ov;
    reg  [10:0] phases$2$m_next;
    reg  [10:0] phases$2$step;
    reg  [19:0] phases$2$t256_base;
    reg  [19:0] phases$2$t256_max;
    reg  [7:0] phases$2$dt_rise;
    reg  [7:0] phases$2$dt_fall;
    reg  [11:0] phases$2$iph;
    reg  [11:0] phases$2$ph_oc;
    reg  phases$2$turn_on;
    reg  phases$2$bal_en;
    reg  [12:0] phases$2$mean;
    reg  [4:0] phases$2$kb;
    reg  [11:0] phases$2$bal_max;
    reg  [11:0] phases$2$ph_imb;
    wire  phases$2$hs;
    wire  phases$2$ls;
    wire  [12:0] phases$2$iavg;
    wire  phases$2$oc_hit;
    wire  phases$2$imb_hit;
    reg  [15:0] phases$2$hs_in;
    wire  [15:0] phases$2$hs_out;
    reg  [15:0] phases$2$ls_in;
    wire  [15:0] phases$2$ls_out;
    reg  [17:0] phases$2$itot_in;
    wire  [17:0] phases$2$itot_out;
    reg  [17:0] phases$2$iinst_in;
    wire  [17:0] phases$2$iinst_out;
    reg  phases$2$oc_in;
    wire  phases$2$oc_out;
    reg  phases$2$imb_in;
    wire  phases$2$imb_out;
    reg  phases$3$clock;
    reg  phases$3$reset;
    reg  [4:0] phases$3$n_active;
    reg  [2:0] phases$3$mode;
    reg  phases$3$ov;
    reg  [10:0] phases$3$m_next;
    reg  [10:0] phases$3$step;
    reg  [19:0] phases$3$t256_base;
    reg  [19:0] phases$3$t256_max;
    reg  [7:0] phases$3$dt_rise;
    reg  [7:0] phases$3$dt_fall;
    reg  [11:0] phases$3$iph;
    reg  [11:0] phases$3$ph_oc;
    reg  phases$3$turn_on;
    reg  phases$3$bal_en;
    reg  [12:0] phases$3$mean;
    reg  [4:0] phases$3$kb;
    reg  [11:0] phases$3$bal_max;
    reg  [11:0] phases$3$ph_imb;
    wire  phases$3$hs;
    wire  phases$3$ls;
    wire  [12:0] phases$3$iavg;
    wire  phases$3$oc_hit;
    wire  phases$3$imb_hit;
    reg  [15:0] phases$3$hs_in;
    wire  [15:0] phases$3$hs_out;
    reg  [15:0] phases$3$ls_in;
    wire  [15:0] phases$3$ls_out;
    reg  [17:0] phases$3$itot_in;
    wire  [17:0] phases$3$itot_out;
    reg  [17:0] phases$3$iinst_in;
    wire  [17:0] phases$3$iinst_out;
    reg  phases$3$oc_in;
    wire  phases$3$oc_out;
    reg  phases$3$imb_in;
    wire  phases$3$imb_out;
    reg  phases$4$clock;
    reg  phases$4$reset;
    reg  [4:0] phases$4$n_active;
    reg  [2:0] phases$4$mode;
    reg  phases$4$ov;
    reg  [10:0] phases$4$m_next;
    reg  [10:0] phases$4$step;
    reg  [19:0] phases$4$t256_base;
    reg  [19:0] phases$4$t256_max;
    reg  [7:0] phases$4$dt_rise;
    reg  [7:0] phases$4$dt_fall;
    reg  [11:0] phases$4$iph;
    reg  [11:0] phases$4$ph_oc;
    reg  phases$4$turn_on;
    reg  phases$4$bal_en;
    reg  [12:0] phases$4$mean;
    reg  [4:0] phases$4$kb;
    reg  [11:0] phases$4$bal_max;
    reg  [11:0] phases$4$ph_imb;
    wire  phases$4$hs;
    wire  phases$4$ls;
    wire  [12:0] phases$4$iavg;
    wire  phases$4$oc_hit;
    wire  phases$4$imb_hit;
    reg  [15:0] phases$4$hs_in;
    wire  [15:0] phases$4$hs_out;
    reg  [15:0] phases$4$ls_in;
    wire  [15:0] phases$4$ls_out;
    reg  [17:0] phases$4$itot_in;
    wire  [17:0] phases$4$itot_out;
    reg  [17:0] phases$4$iinst_in;
    wire  [17:0] phases$4$iinst_out;
    reg  phases$4$oc_in;
    wire  phases$4$oc_out;
    reg  phases$4$imb_in;
    wire  phases$4$imb_out;
    reg  phases$5$clock;
    reg  phases$5$reset;
    reg  [4:0] phases$5$n_active;
    reg  [2:0] phases$5$mode;
    reg  phases$5$ov;
    reg  [10:0] phases$5$m_next;
    reg  [10:0] phases$5$step;
    reg  [19:0] phases$5$t256_base;
    reg  [19:0] phases$5$t256_max;
    reg  [7:0] phases$5$dt_rise;
    reg  [7:0] phases$5$dt_fall;
    reg  [11:0] phases$5$iph;
    reg  [11:0] phases$5$ph_oc;
    reg  phases$5$turn_on;
    reg  phases$5$bal_en;
    reg  [12:0] phases$5$mean;
    reg  [4:0] phases$5$kb;
    reg  [11:0] phases$5$bal_max;
    reg  [11:0] phases$5$ph_imb;
    wire  phases$5$hs;
    wire  phases$5$ls;
    wire  [12:0] phases$5$iavg;
    wire  phases$5$oc_hit;
    wire  phases$5$imb_hit;
    reg  [15:0] phases$5$hs_in;
    wire  [15:0] phases$5$hs_out;
    reg  [15:0] phases$5$ls_in;
    wire  [15:0] phases$5$ls_out;
    reg  [17:0] phases$5$itot_in;
    wire  [17:0] phases$5$itot_out;
    reg  [17:0] phases$5$iinst_in;
    wire  [17:0] phases$5$iinst_out;
    reg  phases$5$oc_in;
    wire  phases$5$oc_out;
    reg  phases$5$imb_in;
    wire  phases$5$imb_out;
    reg  phases$6$clock;
    reg  phases$6$reset;
    reg  [4:0] phases$6$n_active;
    reg  [2:0] phases$6$mode;
    reg  phases$6$ov;
    reg  [10:0] phases$6$m_next;
    reg  [10:0] phases$6$step;
    reg  [19:0] phases$6$t256_base;
    reg  [19:0] phases$6$t256_max;
    reg  [7:0] phases$6$dt_rise;
    reg  [7:0] phases$6$dt_fall;
    reg  [11:0] phases$6$iph;
    reg  [11:0] phases$6$ph_oc;
    reg  phases$6$turn_on;
    reg  phases$6$bal_en;
    reg  [12:0] phases$6$mean;
    reg  [4:0] phases$6$kb;
    reg  [11:0] phases$6$bal_max;
    reg  [11:0] phases$6$ph_imb;
    wire  phases$6$hs;
    wire  phases$6$ls;
    wire  [12:0] phases$6$iavg;
    wire  phases$6$oc_hit;
    wire  phases$6$imb_hit;
    reg  [15:0] phases$6$hs_in;
    wire  [15:0] phases$6$hs_out;
    reg  [15:0] phases$6$ls_in;
    wire  [15:0] phases$6$ls_out;
    reg  [17:0] phases$6$itot_in;
    wire  [17:0] phases$6$itot_out;
    reg  [17:0] phases$6$iinst_in;
    wire  [17:0] phases$6$iinst_out;
    reg  phases$6$oc_in;
    wire  phases$6$oc_out;
    reg  phases$6$imb_in;
    wire  phases$6$imb_out;
    reg  phases$7$clock;
    reg  phases$7$reset;
    reg  [4:0] phases$7$n_active;
    reg  [2:0] phases$7$mode;
    reg  phases$7$ov;
    reg  [10:0] phases$7$m_next;
    reg  [10:0] phases$7$step;
    reg  [19:0] phases$7$t256_base;
    reg  [19:0] phases$7$t256_max;
    reg  [7:0] phases$7$dt_rise;
    reg  [7:0] phases$7$dt_fall;
    reg  [11:0] phases$7$iph;
    reg  [11:0] phases$7$ph_oc;
    reg  phases$7$turn_on;
    reg  phases$7$bal_en;
    reg  [12:0] phases$7$mean;
    reg  [4:0] phases$7$kb;
    reg  [11:0] phases$7$bal_max;
    reg  [11:0] phases$7$ph_imb;
    wire  phases$7$hs;
    wire  phases$7$ls;
    wire  [12:0] phases$7$iavg;
    wire  phases$7$oc_hit;
    wire  phases$7$imb_hit;
    reg  [15:0] phases$7$hs_in;
    wire  [15:0] phases$7$hs_out;
    reg  [15:0] phases$7$ls_in;
    wire  [15:0] phases$7$ls_out;
    reg  [17:0] phases$7$itot_in;
    wire  [17:0] phases$7$itot_out;
    reg  [17:0] phases$7$iinst_in;
    wire  [17:0] phases$7$iinst_out;
    reg  phases$7$oc_in;
    wire  phases$7$oc_out;
    reg  phases$7$imb_in;
    wire  phases$7$imb_out;
    reg  regs$clock;
    reg  regs$reset;
    reg  regs$we;
    reg  [7:0] regs$addr;
    reg  [15:0] regs$wdata;
    wire  regs$writable;
    wire  [15:0] regs$rword;
    wire  [39:0] regs$value$0;
    wire  [39:0] regs$value$1;
    wire  [39:0] regs$value$2;
    wire  [39:0] regs$value$3;
    wire  [39:0] regs$value$4;
    wire  [39:0] regs$value$5;
    wire  [39:0] regs$value$6;
    wire  [39:0] regs$value$7;
    wire  [39:0] regs$value$8;
    wire  [39:0] regs$value$9;
    wire  [39:0] regs$value$10;
    wire  [39:0] regs$value$11;
    wire  [39:0] regs$value$12;
    wire  [39:0] regs$value$13;
    wire  [39:0] regs$value$14;
    wire  [39:0] regs$value$15;
    wire  [39:0] regs$value$16;
    wire  [39:0] regs$value$17;
    wire  [39:0] regs$value$18;
    wire  [39:0] regs$value$19;
    wire  [39:0] regs$value$20;
    wire  [39:0] regs$value$21;
    wire  [39:0] regs$value$22;
    wire  [39:0] regs$value$23;
    wire  [39:0] regs$value$24;
    wire  [39:0] regs$value$25;
    wire  [39:0] regs$value$26;
    wire  [39:0] regs$value$27;
    wire  [39:0] regs$value$28;
    wire  [39:0] regs$value$29;
    wire  [39:0] regs$value$30;
    wire  [39:0] regs$value$31;
    wire  [39:0] regs$value$32;
    wire  [39:0] regs$value$33;
    wire  [39:0] regs$value$34;
    wire  [39:0] regs$value$35;
    wire  [39:0] regs$value$36;
    wire  [39:0] regs$value$37;
    wire  [39:0] regs$value$38;
    wire  [39:0] regs$value$39;
    wire  [39:0] regs$value$40;
    reg  [20:0] mul$a;
    reg  [21:0] mul$b;
    wire  [42:0] mul$p;
    reg  [17:0] mean_mul$a;
    reg  [17:0] mean_mul$b;
    wire  [35:0] mean_mul$p;
    reg  [4:0] recip_rom$address;
    wire  [16:0] recip_rom$data;
    reg  [4:0] step_rom$address;
    wire  [10:0] step_rom$data;
    reg  [4:0] sched_rom$address;
    wire  [12:0] sched_rom$data;
    reg  [10:0] m$d;
    wire  [10:0] m$q;
    reg  m$clock;
    reg  [6:0] kc$d;
    wire  [6:0] kc$q;
    reg  kc$clock;
    reg  [4:0] n_act$d;
    wire  [4:0] n_act$q;
    reg  n_act$clock;
    reg  [15:0] dwell$d;
    wire  [15:0] dwell$q;
    reg  dwell$clock;
    reg  [2:0] mode_q$d;
    wire  [2:0] mode_q$q;
    reg  mode_q$clock;
    reg  ss$d;
    wire  ss$q;
    reg  ss$clock;
    reg  [28:0] vref_q$d;
    wire  [28:0] vref_q$q;
    reg  vref_q$clock;
    reg  [28:0] ss_rate$d;
    wire  [28:0] ss_rate$q;
    reg  ss_rate$clock;
    reg  [5:0] ss_pending$d;
    wire  [5:0] ss_pending$q;
    reg  ss_pending$clock;
    reg  [28:0] div_num$d;
    wire  [28:0] div_num$q;
    reg  div_num$clock;
    reg  [19:0] div_den$d;
    wire  [19:0] div_den$q;
    reg  div_den$clock;
    reg  [20:0] div_rem$d;
    wire  [20:0] div_rem$q;
    reg  div_rem$clock;
    reg  [28:0] div_quo$d;
    wire  [28:0] div_quo$q;
    reg  div_quo$clock;
    reg  [23:0] i_filt_q$d;
    wire  [23:0] i_filt_q$q;
    reg  i_filt_q$clock;
    reg  [12:0] v_set_q$d;
    wire  [12:0] v_set_q$q;
    reg  v_set_q$clock;
    reg  [12:0] e_s$d;
    wire  [12:0] e_s$q;
    reg  e_s$clock;
    reg  [23:0] p_t$d;
    wire  [23:0] p_t$q;
    reg  p_t$clock;
    reg  [31:0] ki_t$d;
    wire  [31:0] ki_t$q;
    reg  ki_t$clock;
    reg  [27:0] d_t$d;
    wire  [27:0] d_t$q;
    reg  d_t$clock;
    reg  [27:0] d_term$d;
    wire  [27:0] d_term$q;
    reg  d_term$clock;
    reg  [12:0] e_prev$d;
    wire  [12:0] e_prev$q;
    reg  e_prev$clock;
    reg  [31:0] acc_i$d;
    wire  [31:0] acc_i$q;
    reg  acc_i$clock;
    reg  [15:0] u$d;
    wire  [15:0] u$q;
    reg  u$clock;
    reg  ov$d;
    wire  ov$q;
    reg  ov$clock;
    reg  [12:0] vhist$0$d;
    wire  [12:0] vhist$0$q;
    reg  vhist$0$clock;
    reg  [12:0] vhist$1$d;
    wire  [12:0] vhist$1$q;
    reg  vhist$1$clock;
    reg  [12:0] vhist$2$d;
    wire  [12:0] vhist$2$q;
    reg  vhist$2$clock;
    reg  [12:0] vhist$3$d;
    wire  [12:0] vhist$3$q;
    reg  vhist$3$clock;
    reg  [12:0] vhist$4$d;
    wire  [12:0] vhist$4$q;
    reg  vhist$4$clock;
    reg  [12:0] vhist$5$d;
    wire  [12:0] vhist$5$q;
    reg  vhist$5$clock;
    reg  [12:0] vhist$6$d;
    wire  [12:0] vhist$6$q;
    reg  vhist$6$clock;
    reg  [12:0] vhist$7$d;
    wire  [12:0] vhist$7$q;
    reg  vhist$7$clock;
    reg  [15:0] tr$d;
    wire  [15:0] tr$q;
    reg  tr$clock;
    reg  [15:0] blank$d;
    wire  [15:0] blank$q;
    reg  blank$clock;
    reg  [7:0] cnt_uv$d;
    wire  [7:0] cnt_uv$q;
    reg  cnt_uv$clock;
    reg  [7:0] cnt_oc$d;
    wire  [7:0] cnt_oc$q;
    reg  cnt_oc$clock;
    reg  [7:0] cnt_ot$d;
    wire  [7:0] cnt_ot$q;
    reg  cnt_ot$clock;
    reg  [7:0] cnt_vin$d;
    wire  [7:0] cnt_vin$q;
    reg  cnt_vin$clock;
    reg  [15:0] cnt_sat$d;
    wire  [15:0] cnt_sat$q;
    reg  cnt_sat$clock;
    reg  [16:0] hiccup$d;
    wire  [16:0] hiccup$q;
    reg  hiccup$clock;
    reg  [7:0] st_vout$d;
    wire  [7:0] st_vout$q;
    reg  st_vout$clock;
    reg  [7:0] st_iout$d;
    wire  [7:0] st_iout$q;
    reg  st_iout$clock;
    reg  [7:0] st_input$d;
    wire  [7:0] st_input$q;
    reg  st_input$clock;
    reg  [7:0] st_temp$d;
    wire  [7:0] st_temp$q;
    reg  st_temp$clock;
    reg  [7:0] st_mfr$d;
    wire  [7:0] st_mfr$q;
    reg  st_mfr$clock;
    reg  cml$d;
    wire  cml$q;
    reg  cml$clock;
    reg  [15:0] rdata$d;
    wire  [15:0] rdata$q;
    reg  rdata$clock;
    
    // Local signals
    reg  [4:0] n_max;
    reg  [15:0] u_max;
    reg  [12:0] v_tgt;
    reg  on;
    reg  on_cmd;
    reg  tick;
    reg  period_end;
    reg  [10:0] m_next;
    reg  [23:0] i_filt_s;
    reg  [17:0] i_tot;
    reg  [23:0] i_tot24;
    reg  [17:0] i_inst;
    reg  [15:0] vout;
    reg  [15:0] vset16;
    reg  [15:0] err;
    reg  [13:0] de;
    reg  [23:0] pd;
    reg  [31:0] u_p;
    reg  [31:0] umax_p;
    reg  [27:0] p28;
    reg  [27:0] pd_raw;
    reg  [42:0] prod;
    reg  [32:0] acc_sum;
    reg  [32:0] acc_lim;
    reg  [31:0] acc_new;
    reg  [32:0] u_sum;
    reg  [27:0] d_raw;
    reg  [27:0] d_diff;
    reg  [27:0] d_step;
    reg  [42:0] droop;
    reg  [15:0] vset_new;
    reg  [28:0] target;
    reg  [28:0] rate;
    reg  [29:0] vref_up;
    reg  [28:0] vref_dn;
    reg  [15:0] fall;
    reg  [15:0] rise;
    reg  turn_on;
    reg  [31:0] add_thr;
    reg  [31:0] shed_thr;
    reg  f_ov;
    reg  f_vin;
    reg  f_oc;
    reg  f_uv;
    reg  f_ot;
    reg  f_imb;
    reg  f_sat;
    reg  [7:0] flt_n;
    reg  [15:0] sat_n;
    reg  [7:0] resp;
    reg  shut;
    reg  [7:0] raise_vout;
    reg  [7:0] raise_iout;
    reg  [7:0] raise_input;
    reg  [7:0] raise_temp;
    reg  [7:0] raise_mfr;
    reg  raise_cml;
    reg  clear;
    reg  [15:0] status_byte;
    reg  [15:0] status_word;
    reg  known;
    reg  [19:0] tele;
    reg  [4:0] tele_q;
    reg  [19:0] tele_sh;
    reg  [15:0] tele_word;
    reg  [16:0] hic_units;
    reg  [4:0] tele_n0;
    reg  [4:0] tele_n1;
    reg  [4:0] tele_n2;
    reg  [4:0] tele_n3;
    reg  [4:0] tele_n4;
    reg  [4:0] tele_n5;
    reg  [4:0] tele_n6;
    reg  [4:0] tele_n7;
    reg  [4:0] tele_n8;
    reg  [4:0] tele_n9;
    
    // Sub module instances
    gridcore_vrm$phases$0 phases$0(
        .clock(phases$0$clock),
        .reset(phases$0$reset),
        .n_active(phases$0$n_active),
        .mode(phases$0$mode),
        .ov(phases$0$ov),
        .m_next(phases$0$m_next),
        .step(phases$0$step),
        .t256_base(phases$0$t256_base),
        .t256_max(phases$0$t256_max),
        .dt_rise(phases$0$dt_rise),
        .dt_fall(phases$0$dt_fall),
        .iph(phases$0$iph),
        .ph_oc(phases$0$ph_oc),
        .turn_on(phases$0$turn_on),
        .bal_en(phases$0$bal_en),
        .mean(phases$0$mean),
        .kb(phases$0$kb),
        .bal_max(phases$0$bal_max),
        .ph_imb(phases$0$ph_imb),
        .hs(phases$0$hs),
        .ls(phases$0$ls),
        .iavg(phases$0$iavg),
        .oc_hit(phases$0$oc_hit),
        .imb_hit(phases$0$imb_hit),
        .hs_in(phases$0$hs_in),
        .hs_out(phases$0$hs_out),
        .ls_in(phases$0$ls_in),
        .ls_out(phases$0$ls_out),
        .itot_in(phases$0$itot_in),
        .itot_out(phases$0$itot_out),
        .iinst_in(phases$0$iinst_in),
        .iinst_out(phases$0$iinst_out),
        .oc_in(phases$0$oc_in),
        .oc_out(phases$0$oc_out),
        .imb_in(phases$0$imb_in),
        .imb_out(phases$0$imb_out)
    );
    gridcore_vrm$phases$1 phases$1(
        .clock(phases$1$clock),
        .reset(phases$1$reset),
        .n_active(phases$1$n_active),
        .mode(phases$1$mode),
        .ov(phases$1$ov),
        .m_next(phases$1$m_next),
        .step(phases$1$step),
        .t256_base(phases$1$t256_base),
        .t256_max(phases$1$t256_max),
        .dt_rise(phases$1$dt_rise),
        .dt_fall(phases$1$dt_fall),
        .iph(phases$1$iph),
        .ph_oc(phases$1$ph_oc),
        .turn_on(phases$1$turn_on),
        .bal_en(phases$1$bal_en),
        .mean(phases$1$mean),
        .kb(phases$1$kb),
        .bal_max(phases$1$bal_max),
        .ph_imb(phases$1$ph_imb),
        .hs(phases$1$hs),
        .ls(phases$1$ls),
        .iavg(phases$1$iavg),
        .oc_hit(phases$1$oc_hit),
        .imb_hit(phases$1$imb_hit),
        .hs_in(phases$1$hs_in),
        .hs_out(phases$1$hs_out),
        .ls_in(phases$1$ls_in),
        .ls_out(phases$1$ls_out),
        .itot_in(phases$1$itot_in),
        .itot_out(phases$1$itot_out),
        .iinst_in(phases$1$iinst_in),
        .iinst_out(phases$1$iinst_out),
        .oc_in(phases$1$oc_in),
        .oc_out(phases$1$oc_out),
        .imb_in(phases$1$imb_in),
        .imb_out(phases$1$imb_out)
    );
    gridcore_vrm$phases$2 phases$2(
        .clock(phases$2$clock),
        .reset(phases$2$reset),
        .n_active(phases$2$n_active),
        .mode(phases$2$mode),
        .ov(phases$2$ov),
        .m_next(phases$2$m_next),
        .step(phases$2$step),
        .t256_base(phases$2$t256_base),
        .t256_max(phases$2$t256_max),
        .dt_rise(phases$2$dt_rise),
        .dt_fall(phases$2$dt_fall),
        .iph(phases$2$iph),
        .ph_oc(phases$2$ph_oc),
        .turn_on(phases$2$turn_on),
        .bal_en(phases$2$bal_en),
        .mean(phases$2$mean),
        .kb(phases$2$kb),
        .bal_max(phases$2$bal_max),
        .ph_imb(phases$2$ph_imb),
        .hs(phases$2$hs),
        .ls(phases$2$ls),
        .iavg(phases$2$iavg),
        .oc_hit(phases$2$oc_hit),
        .imb_hit(phases$2$imb_hit),
        .hs_in(phases$2$hs_in),
        .hs_out(phases$2$hs_out),
        .ls_in(phases$2$ls_in),
        .ls_out(phases$2$ls_out),
        .itot_in(phases$2$itot_in),
        .itot_out(phases$2$itot_out),
        .iinst_in(phases$2$iinst_in),
        .iinst_out(phases$2$iinst_out),
        .oc_in(phases$2$oc_in),
        .oc_out(phases$2$oc_out),
        .imb_in(phases$2$imb_in),
        .imb_out(phases$2$imb_out)
    );
    gridcore_vrm$phases$3 phases$3(
        .clock(phases$3$clock),
        .reset(phases$3$reset),
        .n_active(phases$3$n_active),
        .mode(phases$3$mode),
        .ov(phases$3$ov),
        .m_next(phases$3$m_next),
        .step(phases$3$step),
        .t256_base(phases$3$t256_base),
        .t256_max(phases$3$t256_max),
        .dt_rise(phases$3$dt_rise),
        .dt_fall(phases$3$dt_fall),
        .iph(phases$3$iph),
        .ph_oc(phases$3$ph_oc),
        .turn_on(phases$3$turn_on),
        .bal_en(phases$3$bal_en),
        .mean(phases$3$mean),
        .kb(phases$3$kb),
        .bal_max(phases$3$bal_max),
        .ph_imb(phases$3$ph_imb),
        .hs(phases$3$hs),
        .ls(phases$3$ls),
        .iavg(phases$3$iavg),
        .oc_hit(phases$3$oc_hit),
        .imb_hit(phases$3$imb_hit),
        .hs_in(phases$3$hs_in),
        .hs_out(phases$3$hs_out),
        .ls_in(phases$3$ls_in),
        .ls_out(phases$3$ls_out),
        .itot_in(phases$3$itot_in),
        .itot_out(phases$3$itot_out),
        .iinst_in(phases$3$iinst_in),
        .iinst_out(phases$3$iinst_out),
        .oc_in(phases$3$oc_in),
        .oc_out(phases$3$oc_out),
        .imb_in(phases$3$imb_in),
        .imb_out(phases$3$imb_out)
    );
    gridcore_vrm$phases$4 phases$4(
        .clock(phases$4$clock),
        .reset(phases$4$reset),
        .n_active(phases$4$n_active),
        .mode(phases$4$mode),
        .ov(phases$4$ov),
        .m_next(phases$4$m_next),
        .step(phases$4$step),
        .t256_base(phases$4$t256_base),
        .t256_max(phases$4$t256_max),
        .dt_rise(phases$4$dt_rise),
        .dt_fall(phases$4$dt_fall),
        .iph(phases$4$iph),
        .ph_oc(phases$4$ph_oc),
        .turn_on(phases$4$turn_on),
        .bal_en(phases$4$bal_en),
        .mean(phases$4$mean),
        .kb(phases$4$kb),
        .bal_max(phases$4$bal_max),
        .ph_imb(phases$4$ph_imb),
        .hs(phases$4$hs),
        .ls(phases$4$ls),
        .iavg(phases$4$iavg),
        .oc_hit(phases$4$oc_hit),
        .imb_hit(phases$4$imb_hit),
        .hs_in(phases$4$hs_in),
        .hs_out(phases$4$hs_out),
        .ls_in(phases$4$ls_in),
        .ls_out(phases$4$ls_out),
        .itot_in(phases$4$itot_in),
        .itot_out(phases$4$itot_out),
        .iinst_in(phases$4$iinst_in),
        .iinst_out(phases$4$iinst_out),
        .oc_in(phases$4$oc_in),
        .oc_out(phases$4$oc_out),
        .imb_in(phases$4$imb_in),
        .imb_out(phases$4$imb_out)
    );
    gridcore_vrm$phases$5 phases$5(
        .clock(phases$5$clock),
        .reset(phases$5$reset),
        .n_active(phases$5$n_active),
        .mode(phases$5$mode),
        .ov(phases$5$ov),
        .m_next(phases$5$m_next),
        .step(phases$5$step),
        .t256_base(phases$5$t256_base),
        .t256_max(phases$5$t256_max),
        .dt_rise(phases$5$dt_rise),
        .dt_fall(phases$5$dt_fall),
        .iph(phases$5$iph),
        .ph_oc(phases$5$ph_oc),
        .turn_on(phases$5$turn_on),
        .bal_en(phases$5$bal_en),
        .mean(phases$5$mean),
        .kb(phases$5$kb),
        .bal_max(phases$5$bal_max),
        .ph_imb(phases$5$ph_imb),
        .hs(phases$5$hs),
        .ls(phases$5$ls),
        .iavg(phases$5$iavg),
        .oc_hit(phases$5$oc_hit),
        .imb_hit(phases$5$imb_hit),
        .hs_in(phases$5$hs_in),
        .hs_out(phases$5$hs_out),
        .ls_in(phases$5$ls_in),
        .ls_out(phases$5$ls_out),
        .itot_in(phases$5$itot_in),
        .itot_out(phases$5$itot_out),
        .iinst_in(phases$5$iinst_in),
        .iinst_out(phases$5$iinst_out),
        .oc_in(phases$5$oc_in),
        .oc_out(phases$5$oc_out),
        .imb_in(phases$5$imb_in),
        .imb_out(phases$5$imb_out)
    );
    gridcore_vrm$phases$6 phases$6(
        .clock(phases$6$clock),
        .reset(phases$6$reset),
        .n_active(phases$6$n_active),
        .mode(phases$6$mode),
        .ov(phases$6$ov),
        .m_next(phases$6$m_next),
        .step(phases$6$step),
        .t256_base(phases$6$t256_base),
        .t256_max(phases$6$t256_max),
        .dt_rise(phases$6$dt_rise),
        .dt_fall(phases$6$dt_fall),
        .iph(phases$6$iph),
        .ph_oc(phases$6$ph_oc),
        .turn_on(phases$6$turn_on),
        .bal_en(phases$6$bal_en),
        .mean(phases$6$mean),
        .kb(phases$6$kb),
        .bal_max(phases$6$bal_max),
        .ph_imb(phases$6$ph_imb),
        .hs(phases$6$hs),
        .ls(phases$6$ls),
        .iavg(phases$6$iavg),
        .oc_hit(phases$6$oc_hit),
        .imb_hit(phases$6$imb_hit),
        .hs_in(phases$6$hs_in),
        .hs_out(phases$6$hs_out),
        .ls_in(phases$6$ls_in),
        .ls_out(phases$6$ls_out),
        .itot_in(phases$6$itot_in),
        .itot_out(phases$6$itot_out),
        .iinst_in(phases$6$iinst_in),
        .iinst_out(phases$6$iinst_out),
        .oc_in(phases$6$oc_in),
        .oc_out(phases$6$oc_out),
        .imb_in(phases$6$imb_in),
        .imb_out(phases$6$imb_out)
    );
    gridcore_vrm$phases$7 phases$7(
        .clock(phases$7$clock),
        .reset(phases$7$reset),
        .n_active(phases$7$n_active),
        .mode(phases$7$mode),
        .ov(phases$7$ov),
        .m_next(phases$7$m_next),
        .step(phases$7$step),
        .t256_base(phases$7$t256_base),
        .t256_max(phases$7$t256_max),
        .dt_rise(phases$7$dt_rise),
        .dt_fall(phases$7$dt_fall),
        .iph(phases$7$iph),
        .ph_oc(phases$7$ph_oc),
        .turn_on(phases$7$turn_on),
        .bal_en(phases$7$bal_en),
        .mean(phases$7$mean),
        .kb(phases$7$kb),
        .bal_max(phases$7$bal_max),
        .ph_imb(phases$7$ph_imb),
        .hs(phases$7$hs),
        .ls(phases$7$ls),
        .iavg(phases$7$iavg),
        .oc_hit(phases$7$oc_hit),
        .imb_hit(phases$7$imb_hit),
        .hs_in(phases$7$hs_in),
        .hs_out(phases$7$hs_out),
        .ls_in(phases$7$ls_in),
        .ls_out(phases$7$ls_out),
        .itot_in(phases$7$itot_in),
        .itot_out(phases$7$itot_out),
        .iinst_in(phases$7$iinst_in),
        .iinst_out(phases$7$iinst_out),
        .oc_in(phases$7$oc_in),
        .oc_out(phases$7$oc_out),
        .imb_in(phases$7$imb_in),
        .imb_out(phases$7$imb_out)
    );
    gridcore_vrm$regs regs(
        .clock(regs$clock),
        .reset(regs$reset),
        .we(regs$we),
        .addr(regs$addr),
        .wdata(regs$wdata),
        .writable(regs$writable),
        .rword(regs$rword),
        .value$0(regs$value$0),
        .value$1(regs$value$1),
        .value$2(regs$value$2),
        .value$3(regs$value$3),
        .value$4(regs$value$4),
        .value$5(regs$value$5),
        .value$6(regs$value$6),
        .value$7(regs$value$7),
        .value$8(regs$value$8),
        .value$9(regs$value$9),
        .value$10(regs$value$10),
        .value$11(regs$value$11),
        .value$12(regs$value$12),
        .value$13(regs$value$13),
        .value$14(regs$value$14),
        .value$15(regs$value$15),
        .value$16(regs$value$16),
        .value$17(regs$value$17),
        .value$18(regs$value$18),
        .value$19(regs$value$19),
        .value$20(regs$value$20),
        .value$21(regs$value$21),
        .value$22(regs$value$22),
        .value$23(regs$value$23),
        .value$24(regs$value$24),
        .value$25(regs$value$25),
        .value$26(regs$value$26),
        .value$27(regs$value$27),
        .value$28(regs$value$28),
        .value$29(regs$value$29),
        .value$30(regs$value$30),
        .value$31(regs$value$31),
        .value$32(regs$value$32),
        .value$33(regs$value$33),
        .value$34(regs$value$34),
        .value$35(regs$value$35),
        .value$36(regs$value$36),
        .value$37(regs$value$37),
        .value$38(regs$value$38),
        .value$39(regs$value$39),
        .value$40(regs$value$40)
    );
    gridcore_vrm$mul mul(
        .a(mul$a),
        .b(mul$b),
        .p(mul$p)
    );
    gridcore_vrm$mean_mul mean_mul(
        .a(mean_mul$a),
        .b(mean_mul$b),
        .p(mean_mul$p)
    );
    gridcore_vrm$recip_rom recip_rom(
        .address(recip_rom$address),
        .data(recip_rom$data)
    );
    gridcore_vrm$step_rom step_rom(
        .address(step_rom$address),
        .data(step_rom$data)
    );
    gridcore_vrm$sched_rom sched_rom(
        .address(sched_rom$address),
        .data(sched_rom$data)
    );
    gridcore_vrm$m m(
        .d(m$d),
        .q(m$q),
        .clock(m$clock)
    );
    gridcore_vrm$kc kc(
        .d(kc$d),
        .q(kc$q),
        .clock(kc$clock)
    );
    gridcore_vrm$n_act n_act(
        .d(n_act$d),
        .q(n_act$q),
        .clock(n_act$clock)
    );
    gridcore_vrm$dwell dwell(
        .d(dwell$d),
        .q(dwell$q),
        .clock(dwell$clock)
    );
    gridcore_vrm$mode_q mode_q(
        .d(mode_q$d),
        .q(mode_q$q),
        .clock(mode_q$clock)
    );
    gridcore_vrm$ss ss(
        .d(ss$d),
        .q(ss$q),
        .clock(ss$clock)
    );
    gridcore_vrm$vref_q vref_q(
        .d(vref_q$d),
        .q(vref_q$q),
        .clock(vref_q$clock)
    );
    gridcore_vrm$ss_rate ss_rate(
        .d(ss_rate$d),
        .q(ss_rate$q),
        .clock(ss_rate$clock)
    );
    gridcore_vrm$ss_pending ss_pending(
        .d(ss_pending$d),
        .q(ss_pending$q),
        .clock(ss_pending$clock)
    );
    gridcore_vrm$div_num div_num(
        .d(div_num$d),
        .q(div_num$q),
        .clock(div_num$clock)
    );
    gridcore_vrm$div_den div_den(
        .d(div_den$d),
        .q(div_den$q),
        .clock(div_den$clock)
    );
    gridcore_vrm$div_rem div_rem(
        .d(div_rem$d),
        .q(div_rem$q),
        .clock(div_rem$clock)
    );
    gridcore_vrm$div_quo div_quo(
        .d(div_quo$d),
        .q(div_quo$q),
        .clock(div_quo$clock)
    );
    gridcore_vrm$i_filt_q i_filt_q(
        .d(i_filt_q$d),
        .q(i_filt_q$q),
        .clock(i_filt_q$clock)
    );
    gridcore_vrm$v_set_q v_set_q(
        .d(v_set_q$d),
        .q(v_set_q$q),
        .clock(v_set_q$clock)
    );
    gridcore_vrm$e_s e_s(
        .d(e_s$d),
        .q(e_s$q),
        .clock(e_s$clock)
    );
    gridcore_vrm$p_t p_t(
        .d(p_t$d),
        .q(p_t$q),
        .clock(p_t$clock)
    );
    gridcore_vrm$ki_t ki_t(
        .d(ki_t$d),
        .q(ki_t$q),
        .clock(ki_t$clock)
    );
    gridcore_vrm$d_t d_t(
        .d(d_t$d),
        .q(d_t$q),
        .clock(d_t$clock)
    );
    gridcore_vrm$d_term d_term(
        .d(d_term$d),
        .q(d_term$q),
        .clock(d_term$clock)
    );
    gridcore_vrm$e_prev e_prev(
        .d(e_prev$d),
        .q(e_prev$q),
        .clock(e_prev$clock)
    );
    gridcore_vrm$acc_i acc_i(
        .d(acc_i$d),
        .q(acc_i$q),
        .clock(acc_i$clock)
    );
    gridcore_vrm$u u(
        .d(u$d),
        .q(u$q),
        .clock(u$clock)
    );
    gridcore_vrm$ov ov(
        .d(ov$d),
        .q(ov$q),
        .clock(ov$clock)
    );
    gridcore_vrm$vhist$0 vhist$0(
        .d(vhist$0$d),
        .q(vhist$0$q),
        .clock(vhist$0$clock)
    );
    gridcore_vrm$vhist$1 vhist$1(
        .d(vhist$1$d),
        .q(vhist$1$q),
        .clock(vhist$1$clock)
    );
    gridcore_vrm$vhist$2 vhist$2(
        .d(vhist$2$d),
        .q(vhist$2$q),
        .clock(vhist$2$clock)
    );
    gridcore_vrm$vhist$3 vhist$3(
        .d(vhist$3$d),
        .q(vhist$3$q),
        .clock(vhist$3$clock)
    );
    gridcore_vrm$vhist$4 vhist$4(
        .d(vhist$4$d),
        .q(vhist$4$q),
        .clock(vhist$4$clock)
    );
    gridcore_vrm$vhist$5 vhist$5(
        .d(vhist$5$d),
        .q(vhist$5$q),
        .clock(vhist$5$clock)
    );
    gridcore_vrm$vhist$6 vhist$6(
        .d(vhist$6$d),
        .q(vhist$6$q),
        .clock(vhist$6$clock)
    );
    gridcore_vrm$vhist$7 vhist$7(
        .d(vhist$7$d),
        .q(vhist$7$q),
        .clock(vhist$7$clock)
    );
    gridcore_vrm$tr tr(
        .d(tr$d),
        .q(tr$q),
        .clock(tr$clock)
    );
    gridcore_vrm$blank blank(
        .d(blank$d),
        .q(blank$q),
        .clock(blank$clock)
    );
    gridcore_vrm$cnt_uv cnt_uv(
        .d(cnt_uv$d),
        .q(cnt_uv$q),
        .clock(cnt_uv$clock)
    );
    gridcore_vrm$cnt_oc cnt_oc(
        .d(cnt_oc$d),
        .q(cnt_oc$q),
        .clock(cnt_oc$clock)
    );
    gridcore_vrm$cnt_ot cnt_ot(
        .d(cnt_ot$d),
        .q(cnt_ot$q),
        .clock(cnt_ot$clock)
    );
    gridcore_vrm$cnt_vin cnt_vin(
        .d(cnt_vin$d),
        .q(cnt_vin$q),
        .clock(cnt_vin$clock)
    );
    gridcore_vrm$cnt_sat cnt_sat(
        .d(cnt_sat$d),
        .q(cnt_sat$q),
        .clock(cnt_sat$clock)
    );
    gridcore_vrm$hiccup hiccup(
        .d(hiccup$d),
        .q(hiccup$q),
        .clock(hiccup$clock)
    );
    gridcore_vrm$st_vout st_vout(
        .d(st_vout$d),
        .q(st_vout$q),
        .clock(st_vout$clock)
    );
    gridcore_vrm$st_iout st_iout(
        .d(st_iout$d),
        .q(st_iout$q),
        .clock(st_iout$clock)
    );
    gridcore_vrm$st_input st_input(
        .d(st_input$d),
        .q(st_input$q),
        .clock(st_input$clock)
    );
    gridcore_vrm$st_temp st_temp(
        .d(st_temp$d),
        .q(st_temp$q),
        .clock(st_temp$clock)
    );
    gridcore_vrm$st_mfr st_mfr(
        .d(st_mfr$d),
        .q(st_mfr$q),
        .clock(st_mfr$clock)
    );
    gridcore_vrm$cml cml(
        .d(cml$d),
        .q(cml$q),
        .clock(cml$clock)
    );
    gridcore_vrm$rdata rdata(
        .d(rdata$d),
        .q(rdata$q),
        .clock(rdata$clock)
    );
    
    // Update code
    always @(*) begin
        m$clock = clock;
        kc$clock = clock;
        n_act$clock = clock;
        dwell$clock = clock;
        mode_q$clock = clock;
        ss$clock = clock;
        vref_q$clock = clock;
        ss_rate$clock = clock;
        ss_pending$clock = clock;
        div_num$clock = clock;
        div_den$clock = clock;
        div_rem$clock = clock;
        div_quo$clock = clock;
        i_filt_q$clock = clock;
        v_set_q$clock = clock;
        e_s$clock = clock;
        p_t$clock = clock;
        ki_t$clock = clock;
        d_t$clock = clock;
        d_term$clock = clock;
        e_prev$clock = clock;
        acc_i$clock = clock;
        u$clock = clock;
        ov$clock = clock;
        tr$clock = clock;
        blank$clock = clock;
        cnt_uv$clock = clock;
        cnt_oc$clock = clock;
        cnt_ot$clock = clock;
        cnt_vin$clock = clock;
        cnt_sat$clock = clock;
        hiccup$clock = clock;
        st_vout$clock = clock;
        st_iout$clock = clock;
        st_input$clock = clock;
        st_temp$clock = clock;
        st_mfr$clock = clock;
        cml$clock = clock;
        rdata$clock = clock;
        m$d = m$q;
        kc$d = kc$q;
        n_act$d = n_act$q;
        dwell$d = dwell$q;
        mode_q$d = mode_q$q;
        ss$d = ss$q;
        vref_q$d = vref_q$q;
        ss_rate$d = ss_rate$q;
        ss_pending$d = ss_pending$q;
        div_num$d = div_num$q;
        div_den$d = div_den$q;
        div_rem$d = div_rem$q;
        div_quo$d = div_quo$q;
        i_filt_q$d = i_filt_q$q;
        v_set_q$d = v_set_q$q;
        e_s$d = e_s$q;
        p_t$d = p_t$q;
        ki_t$d = ki_t$q;
        d_t$d = d_t$q;
        d_term$d = d_term$q;
        e_prev$d = e_prev$q;
        acc_i$d = acc_i$q;
        u$d = u$q;
        ov$d = ov$q;
        tr$d = tr$q;
        blank$d = blank$q;
        cnt_uv$d = cnt_uv$q;
        cnt_oc$d = cnt_oc$q;
        cnt_ot$d = cnt_ot$q;
        cnt_vin$d = cnt_vin$q;
        cnt_sat$d = cnt_sat$q;
        hiccup$d = hiccup$q;
        st_vout$d = st_vout$q;
        st_iout$d = st_iout$q;
        st_input$d = st_input$q;
        st_temp$d = st_temp$q;
        st_mfr$d = st_mfr$q;
        cml$d = cml$q;
        rdata$d = rdata$q;
        vhist$0$clock = clock;
        vhist$0$d = vhist$0$q;
        vhist$1$clock = clock;
        vhist$1$d = vhist$1$q;
        vhist$2$clock = clock;
        vhist$2$d = vhist$2$q;
        vhist$3$clock = clock;
        vhist$3$d = vhist$3$q;
        vhist$4$clock = clock;
        vhist$4$d = vhist$4$q;
        vhist$5$clock = clock;
        vhist$5$d = vhist$5$q;
        vhist$6$clock = clock;
        vhist$6$d = vhist$6$q;
        vhist$7$clock = clock;
        vhist$7$d = vhist$7$q;
        regs$clock = clock;
        regs$reset = reset;
        regs$we = reg_we;
        regs$addr = reg_addr;
        regs$wdata = reg_wdata;
        recip_rom$address = n_act$q;
        step_rom$address = n_act$q;
        sched_rom$address = n_act$q;
        n_max = regs$value$29[(32'h0)+:(5)];
        if (regs$value$29[(32'h0)+:(5)] == 32'h0) begin
            n_max = 32'h1;
        end
        else if (regs$value$29[(32'h0)+:(5)] > n_built) begin
            n_max = n_built;
        end
        u_max = regs$value$5[(32'h0)+:(16)];
        v_tgt = regs$value$1[(32'h0)+:(13)];
        if (regs$value$2[(32'h0)+:(13)] < regs$value$1[(32'h0)+:(13)]) begin
            v_tgt = regs$value$2[(32'h0)+:(13)];
        end
        on = (mode_q$q == 64'h1) | (mode_q$q == 64'h2) | (mode_q$q == 64'h3);
        on_cmd = regs$value$0[32'h7] & en;
        turn_on = on_cmd & ((mode_q$q == 64'h0) | ((mode_q$q == 64'h4) & (hiccup$q == 32'h0))) & (vin_code >= regs$value$6[(32'h0)+:(13)]) & (ss_pending$q == 32'h0);
        tick = kc$q == 32'h0;
        period_end = m$q == (period - 32'h1);
        m_next = m$q + 32'h1;
        if (period_end) begin
            m_next = 32'h0;
        end
        i_filt_s = i_filt_q$q >> 32'h4;
        if (i_filt_q$q[32'h17]) begin
            i_filt_s = (i_filt_q$q >> 32'h4) | 64'hf00000;
        end
        vout = ((vout_code) & 16'hffff);
        vset16 = ((v_set_q$q) & 16'hffff);
        u_p = ((u$q) & 16'hffff) * ((period) & 16'hffff);
        umax_p = ((u_max) & 16'hffff) * ((period) & 16'hffff);
        phases$0$clock = clock;
        phases$0$reset = reset;
        phases$0$n_active = n_act$q;
        phases$0$mode = mode_q$q;
        phases$0$ov = ov$q;
        phases$0$m_next = m_next;
        phases$0$step = step_rom$data;
        phases$0$t256_base = ((u_p >> 32'h8) & 20'hfffff);
        phases$0$t256_max = ((umax_p >> 32'h8) & 20'hfffff);
        phases$0$dt_rise = regs$value$24[(32'h0)+:(8)];
        phases$0$dt_fall = regs$value$25[(32'h0)+:(8)];
        phases$0$iph = iph$0;
        phases$0$ph_oc = regs$value$30[(32'h0)+:(12)];
        phases$0$turn_on = turn_on;
        phases$0$bal_en = period_end & (mode_q$q == 64'h1);
        phases$0$mean = mean_mul$p[(32'h10)+:(13)];
        phases$0$kb = regs$value$22[(32'h0)+:(5)];
        phases$0$bal_max = regs$value$23[(32'h0)+:(12)];
        phases$0$ph_imb = regs$value$31[(32'h0)+:(12)];
        phases$1$clock = clock;
        phases$1$reset = reset;
        phases$1$n_active = n_act$q;
        phases$1$mode = mode_q$q;
        phases$1$ov = ov$q;
        phases$1$m_next = m_next;
        phases$1$step = step_rom$data;
        phases$1$t256_base = ((u_p >> 32'h8) & 20'hfffff);
        phases$1$t256_max = ((umax_p >> 32'h8) & 20'hfffff);
        phases$1$dt_rise = regs$value$24[(32'h0)+:(8)];
        phases$1$dt_fall = regs$value$25[(32'h0)+:(8)];
        phases$1$iph = iph$1;
        phases$1$ph_oc = regs$value$30[(32'h0)+:(12)];
        phases$1$turn_on = turn_on;
        phases$1$bal_en = period_end & (mode_q$q == 64'h1);
        phases$1$mean = mean_mul$p[(32'h10)+:(13)];
        phases$1$kb = regs$value$22[(32'h0)+:(5)];
        phases$1$bal_max = regs$value$23[(32'h0)+:(12)];
        phases$1$ph_imb = regs$value$31[(32'h0)+:(12)];
        phases$2$clock = clock;
        phases$2$reset = reset;
        phases$2$n_active = n_act$q;
        phases$2$mode = mode_q$q;
        phases$2$ov = ov$q;
        phases$2$m_next = m_next;
        phases$2$step = step_rom$data;
        phases$2$t256_base = ((u_p >> 32'h8) & 20'hfffff);
        phases$2$t256_max = ((umax_p >> 32'h8) & 20'hfffff);
        phases$2$dt_rise = regs$value$24[(32'h0)+:(8)];
        phases$2$dt_fall = regs$value$25[(32'h0)+:(8)];
        phases$2$iph = iph$2;
        phases$2$ph_oc = regs$value$30[(32'h0)+:(12)];
        phases$2$turn_on = turn_on;
        phases$2$bal_en = period_end & (mode_q$q == 64'h1);
        phases$2$mean = mean_mul$p[(32'h10)+:(13)];
        phases$2$kb = regs$value$22[(32'h0)+:(5)];
        phases$2$bal_max = regs$value$23[(32'h0)+:(12)];
        phases$2$ph_imb = regs$value$31[(32'h0)+:(12)];
        phases$3$clock = clock;
        phases$3$reset = reset;
        phases$3$n_active = n_act$q;
        phases$3$mode = mode_q$q;
        phases$3$ov = ov$q;
        phases$3$m_next = m_next;
        phases$3$step = step_rom$data;
        phases$3$t256_base = ((u_p >> 32'h8) & 20'hfffff);
        phases$3$t256_max = ((umax_p >> 32'h8) & 20'hfffff);
        phases$3$dt_rise = regs$value$24[(32'h0)+:(8)];
        phases$3$dt_fall = regs$value$25[(32'h0)+:(8)];
        phases$3$iph = iph$3;
        phases$3$ph_oc = regs$value$30[(32'h0)+:(12)];
        phases$3$turn_on = turn_on;
        phases$3$bal_en = period_end & (mode_q$q == 64'h1);
        phases$3$mean = mean_mul$p[(32'h10)+:(13)];
        phases$3$kb = regs$value$22[(32'h0)+:(5)];
        phases$3$bal_max = regs$value$23[(32'h0)+:(12)];
        phases$3$ph_imb = regs$value$31[(32'h0)+:(12)];
        phases$4$clock = clock;
        phases$4$reset = reset;
        phases$4$n_active = n_act$q;
        phases$4$mode = mode_q$q;
        phases$4$ov = ov$q;
        phases$4$m_next = m_next;
        phases$4$step = step_rom$data;
        phases$4$t256_base = ((u_p >> 32'h8) & 20'hfffff);
        phases$4$t256_max = ((umax_p >> 32'h8) & 20'hfffff);
        phases$4$dt_rise = regs$value$24[(32'h0)+:(8)];
        phases$4$dt_fall = regs$value$25[(32'h0)+:(8)];
        phases$4$iph = iph$4;
        phases$4$ph_oc = regs$value$30[(32'h0)+:(12)];
        phases$4$turn_on = turn_on;
        phases$4$bal_en = period_end & (mode_q$q == 64'h1);
        phases$4$mean = mean_mul$p[(32'h10)+:(13)];
        phases$4$kb = regs$value$22[(32'h0)+:(5)];
        phases$4$bal_max = regs$value$23[(32'h0)+:(12)];
        phases$4$ph_imb = regs$value$31[(32'h0)+:(12)];
        phases$5$clock = clock;
        phases$5$reset = reset;
        phases$5$n_active = n_act$q;
        phases$5$mode = mode_q$q;
        phases$5$ov = ov$q;
        phases$5$m_next = m_next;
        phases$5$step = step_rom$data;
        phases$5$t256_base = ((u_p >> 32'h8) & 20'hfffff);
        phases$5$t256_max = ((umax_p >> 32'h8) & 20'hfffff);
        phases$5$dt_rise = regs$value$24[(32'h0)+:(8)];
        phases$5$dt_fall = regs$value$25[(32'h0)+:(8)];
        phases$5$iph = iph$5;
        phases$5$ph_oc = regs$value$30[(32'h0)+:(12)];
        phases$5$turn_on = turn_on;
        phases$5$bal_en = period_end & (mode_q$q == 64'h1);
        phases$5$mean = mean_mul$p[(32'h10)+:(13)];
        phases$5$kb = regs$value$22[(32'h0)+:(5)];
        phases$5$bal_max = regs$value$23[(32'h0)+:(12)];
        phases$5$ph_imb = regs$value$31[(32'h0)+:(12)];
        phases$6$clock = clock;
        phases$6$reset = reset;
        phases$6$n_active = n_act$q;
        phases$6$mode = mode_q$q;
        phases$6$ov = ov$q;
        phases$6$m_next = m_next;
        phases$6$step = step_rom$data;
        phases$6$t256_base = ((u_p >> 32'h8) & 20'hfffff);
        phases$6$t256_max = ((umax_p >> 32'h8) & 20'hfffff);
        phases$6$dt_rise = regs$value$24[(32'h0)+:(8)];
        phases$6$dt_fall = regs$value$25[(32'h0)+:(8)];
        phases$6$iph = iph$6;
        phases$6$ph_oc = regs$value$30[(32'h0)+:(12)];
        phases$6$turn_on = turn_on;
        phases$6$bal_en = period_end & (mode_q$q == 64'h1);
        phases$6$mean = mean_mul$p[(32'h10)+:(13)];
        phases$6$kb = regs$value$22[(32'h0)+:(5)];
        phases$6$bal_max = regs$value$23[(32'h0)+:(12)];
        phases$6$ph_imb = regs$value$31[(32'h0)+:(12)];
        phases$7$clock = clock;
        phases$7$reset = reset;
        phases$7$n_active = n_act$q;
        phases$7$mode = mode_q$q;
        phases$7$ov = ov$q;
        phases$7$m_next = m_next;
        phases$7$step = step_rom$data;
        phases$7$t256_base = ((u_p >> 32'h8) & 20'hfffff);
        phases$7$t256_max = ((umax_p >> 32'h8) & 20'hfffff);
        phases$7$dt_rise = regs$value$24[(32'h0)+:(8)];
        phases$7$dt_fall = regs$value$25[(32'h0)+:(8)];
        phases$7$iph = iph$7;
        phases$7$ph_oc = regs$value$30[(32'h0)+:(12)];
        phases$7$turn_on = turn_on;
        phases$7$bal_en = period_end & (mode_q$q == 64'h1);
        phases$7$mean = mean_mul$p[(32'h10)+:(13)];
        phases$7$kb = regs$value$22[(32'h0)+:(5)];
        phases$7$bal_max = regs$value$23[(32'h0)+:(12)];
        phases$7$ph_imb = regs$value$31[(32'h0)+:(12)];
        phases$0$hs_in = 32'h0;
        phases$0$ls_in = 32'h0;
        phases$0$itot_in = 32'h0;
        phases$0$iinst_in = 32'h0;
        phases$0$oc_in = 1'b0;
        phases$0$imb_in = 1'b0;
        phases$1$hs_in = phases$0$hs_out;
        phases$1$ls_in = phases$0$ls_out;
        phases$1$itot_in = phases$0$itot_out;
        phases$1$iinst_in = phases$0$iinst_out;
        phases$1$oc_in = phases$0$oc_out;
        phases$1$imb_in = phases$0$imb_out;
        phases$2$hs_in = phases$1$hs_out;
        phases$2$ls_in = phases$1$ls_out;
        phases$2$itot_in = phases$1$itot_out;
        phases$2$iinst_in = phases$1$iinst_out;
        phases$2$oc_in = phases$1$oc_out;
        phases$2$imb_in = phases$1$imb_out;
        phases$3$hs_in = phases$2$hs_out;
        phases$3$ls_in = phases$2$ls_out;
        phases$3$itot_in = phases$2$itot_out;
        phases$3$iinst_in = phases$2$iinst_out;
        phases$3$oc_in = phases$2$oc_out;
        phases$3$imb_in = phases$2$imb_out;
        phases$4$hs_in = phases$3$hs_out;
        phases$4$ls_in = phases$3$ls_out;
        phases$4$itot_in = phases$3$itot_out;
        phases$4$iinst_in = phases$3$iinst_out;
        phases$4$oc_in = phases$3$oc_out;
        phases$4$imb_in = phases$3$imb_out;
        phases$5$hs_in = phases$4$hs_out;
        phases$5$ls_in = phases$4$ls_out;
        phases$5$itot_in = phases$4$itot_out;
        phases$5$iinst_in = phases$4$iinst_out;
        phases$5$oc_in = phases$4$oc_out;
        phases$5$imb_in = phases$4$imb_out;
        phases$6$hs_in = phases$5$hs_out;
        phases$6$ls_in = phases$5$ls_out;
        phases$6$itot_in = phases$5$itot_out;
        phases$6$iinst_in = phases$5$iinst_out;
        phases$6$oc_in = phases$5$oc_out;
        phases$6$imb_in = phases$5$imb_out;
        phases$7$hs_in = phases$6$hs_out;
        phases$7$ls_in = phases$6$ls_out;
        phases$7$itot_in = phases$6$itot_out;
        phases$7$iinst_in = phases$6$iinst_out;
        phases$7$oc_in = phases$6$oc_out;
        phases$7$imb_in = phases$6$imb_out;
        hs = phases$0$hs_out;
        ls = phases$0$ls_out;
        i_tot = phases$0$itot_out;
        i_inst = phases$0$iinst_out;
        f_imb = phases$0$imb_out;
        raise_iout = 32'h0;
        if (phases$0$oc_out) begin
            raise_iout = 32'h20;
        end
        hs = phases$1$hs_out;
        ls = phases$1$ls_out;
        i_tot = phases$1$itot_out;
        i_inst = phases$1$iinst_out;
        f_imb = phases$1$imb_out;
        raise_iout = 32'h0;
        if (phases$1$oc_out) begin
            raise_iout = 32'h20;
        end
        hs = phases$2$hs_out;
        ls = phases$2$ls_out;
        i_tot = phases$2$itot_out;
        i_inst = phases$2$iinst_out;
        f_imb = phases$2$imb_out;
        raise_iout = 32'h0;
        if (phases$2$oc_out) begin
            raise_iout = 32'h20;
        end
        hs = phases$3$hs_out;
        ls = phases$3$ls_out;
        i_tot = phases$3$itot_out;
        i_inst = phases$3$iinst_out;
        f_imb = phases$3$imb_out;
        raise_iout = 32'h0;
        if (phases$3$oc_out) begin
            raise_iout = 32'h20;
        end
        hs = phases$4$hs_out;
        ls = phases$4$ls_out;
        i_tot = phases$4$itot_out;
        i_inst = phases$4$iinst_out;
        f_imb = phases$4$imb_out;
        raise_iout = 32'h0;
        if (phases$4$oc_out) begin
            raise_iout = 32'h20;
        end
        hs = phases$5$hs_out;
        ls = phases$5$ls_out;
        i_tot = phases$5$itot_out;
        i_inst = phases$5$iinst_out;
        f_imb = phases$5$imb_out;
        raise_iout = 32'h0;
        if (phases$5$oc_out) begin
            raise_iout = 32'h20;
        end
        hs = phases$6$hs_out;
        ls = phases$6$ls_out;
        i_tot = phases$6$itot_out;
        i_inst = phases$6$iinst_out;
        f_imb = phases$6$imb_out;
        raise_iout = 32'h0;
        if (phases$6$oc_out) begin
            raise_iout = 32'h20;
        end
        hs = phases$7$hs_out;
        ls = phases$7$ls_out;
        i_tot = phases$7$itot_out;
        i_inst = phases$7$iinst_out;
        f_imb = phases$7$imb_out;
        raise_iout = 32'h0;
        if (phases$7$oc_out) begin
            raise_iout = 32'h20;
        end
        i_tot24 = ((i_tot) & 24'hffffff);
        if (i_tot[32'h11]) begin
            i_tot24 = ((i_tot) & 24'hffffff) | 64'hfc0000;
        end
        mean_mul$a = i_tot;
        mean_mul$b = ((recip_rom$data) & 18'h3ffff);
        m$d = m_next;
        kc$d = kc$q + 32'h1;
        if ((kc$q + 32'h1) == ctrl_div) begin
            kc$d = 32'h0;
        end
        ov$d = ov_in | (vout_code > regs$value$7[(32'h0)+:(13)]);
        vhist$0$d = vout_code;
        vhist$1$d = vhist$0$q;
        vhist$2$d = vhist$1$q;
        vhist$3$d = vhist$2$q;
        vhist$4$d = vhist$3$q;
        vhist$5$d = vhist$4$q;
        vhist$6$d = vhist$5$q;
        vhist$7$d = vhist$6$q;
        fall = ((vhist$7$q) & 16'hffff) - vout;
        rise = vout - ((vhist$7$q) & 16'hffff);
        err = vset16 - vout;
        de = ((e_s$q) & 14'h3fff) - ((e_prev$q) & 14'h3fff);
        if (e_s$q[32'hc]) begin
            de = (((e_s$q) & 14'h3fff) | 32'h2000) - ((e_prev$q) & 14'h3fff);
            if (e_prev$q[32'hc]) begin
                de = (((e_s$q) & 14'h3fff) | 32'h2000) - (((e_prev$q) & 14'h3fff) | 32'h2000);
            end
        end
        else if (e_prev$q[32'hc]) begin
            de = ((e_s$q) & 14'h3fff) - (((e_prev$q) & 14'h3fff) | 32'h2000);
        end
        p28 = ((p_t$q) & 28'hfffffff);
        if (p_t$q[32'h17]) begin
            p28 = ((p_t$q) & 28'hfffffff) | 64'hf000000;
        end
        pd_raw = p28 + d_t$q;
        pd = ((pd_raw) & 24'hffffff);
        if ((pd_raw ^ 64'h8000000) > (64'h7ffff ^ 64'h8000000)) begin
            pd = 64'h7ffff;
        end
        else if ((pd_raw ^ 64'h8000000) < (64'hff80000 ^ 64'h8000000)) begin
            pd = 64'hf80000;
        end
        mul$a = 32'h0;
        mul$b = 32'h0;
        if (kc$q == 32'h1) begin
            mul$a = ((regs$value$18) & 21'h1fffff);
        end
        if (kc$q == 32'h2) begin
            mul$a = ((regs$value$19) & 21'h1fffff);
        end
        if ((kc$q == 32'h1) | (kc$q == 32'h2)) begin
            mul$b = ((e_s$q) & 22'h3fffff);
            if (e_s$q[32'hc]) begin
                mul$b = ((e_s$q) & 22'h3fffff) | 64'h3fe000;
            end
        end
        if (kc$q == 32'h3) begin
            mul$a = ((regs$value$20) & 21'h1fffff);
            mul$b = ((de) & 22'h3fffff);
            if (de[32'hd]) begin
                mul$b = ((de) & 22'h3fffff) | 64'h3fc000;
            end
        end
        if (kc$q == 32'h4) begin
            mul$a = ((pd) & 21'h1fffff);
            mul$b = ((sched_rom$data) & 22'h3fffff);
        end
        if (kc$q == 32'h5) begin
            if (~i_filt_s[32'h17]) begin
                mul$a = ((i_filt_s) & 21'h1fffff);
            end
            mul$b = ((regs$value$4) & 22'h3fffff);
        end
        prod = mul$p;
        if (tick) begin
            e_s$d = ((err) & 13'h1fff);
            if (((err ^ 64'h8000) > (32'hfff ^ 64'h8000)) & ~err[32'hf]) begin
                e_s$d = 32'hfff;
            end
            if (((err ^ 64'h8000) < (32'hf000 ^ 64'h8000)) & err[32'hf]) begin
                e_s$d = 32'h1000;
            end
        end
        if (kc$q == 32'h1) begin
            p_t$d = ((prod >> 32'h8) & 24'hffffff);
            if (prod[32'h2a]) begin
                p_t$d = ((prod >> 32'h8) & 24'hffffff) | 64'h800000;
            end
        end
        if (kc$q == 32'h2) begin
            ki_t$d = ((prod) & 32'hffffffff);
        end
        d_raw = ((prod >> 32'h4) & 28'hfffffff);
        if (prod[32'h2a]) begin
            d_raw = ((prod >> 32'h4) & 28'hfffffff) | 64'hc000000;
        end
        d_diff = d_raw - d_term$q;
        d_step = d_diff >> regs$value$21[(32'h0)+:(3)];
        if (d_diff[32'h1b]) begin
            d_step = ~((~d_diff) >> regs$value$21[(32'h0)+:(3)]);
        end
        if (kc$q == 32'h3) begin
            d_t$d = d_term$q + d_step;
        end
        acc_sum = ((acc_i$q) & 33'h1ffffffff) + ((ki_t$q) & 33'h1ffffffff);
        if (ki_t$q[32'h1f]) begin
            acc_sum = ((acc_i$q) & 33'h1ffffffff) + (((ki_t$q) & 33'h1ffffffff) | 64'h100000000);
        end
        acc_lim = ((u_max) & 33'h1ffffffff) << 32'he;
        acc_new = acc_i$q;
        if (~(((u$q == u_max) & ~e_s$q[32'hc] & (e_s$q != 32'h0)) | ((u$q == 32'h0) & e_s$q[32'hc]))) begin
            if (acc_sum[32'h20]) begin
                acc_new = 32'h0;
            end
            else if (acc_sum > acc_lim) begin
                acc_new = ((acc_lim) & 32'hffffffff);
            end
            else begin
                acc_new = ((acc_sum) & 32'hffffffff);
            end
        end
        u_sum = ((acc_new >> 32'he) & 33'h1ffffffff) + ((prod >> 32'h8) & 33'h1ffffffff);
        if (prod[32'h2a]) begin
            u_sum = ((acc_new >> 32'he) & 33'h1ffffffff) + (((prod >> 32'h8) & 33'h1ffffffff) | 64'h100000000);
        end
        if ((kc$q == 32'h4) & (mode_q$q == 64'h1)) begin
            acc_i$d = acc_new;
            d_term$d = d_t$q;
            e_prev$d = e_s$q;
            if (u_sum[32'h20]) begin
                u$d = 32'h0;
            end
            else if (u_sum > ((u_max) & 33'h1ffffffff)) begin
                u$d = u_max;
            end
            else begin
                u$d = ((u_sum) & 16'hffff);
            end
        end
        droop = prod >> 32'h10;
        vset_new = ((vref_q$q[(32'h10)+:(13)]) & 16'hffff) - ((droop) & 16'hffff);
        if (kc$q == 32'h5) begin
            if (((vref_q$q[(32'h10)+:(13)]) & 43'h7ffffffffff) < droop) begin
                v_set_q$d = 32'h0;
            end
            else begin
                v_set_q$d = ((vset_new) & 13'h1fff);
            end
        end
        target = ((v_tgt) & 29'h1fffffff) << 32'h10;
        rate = ((regs$value$3) & 29'h1fffffff);
        if (ss$q) begin
            rate = ss_rate$q;
        end
        vref_up = ((vref_q$q) & 30'h3fffffff) + ((rate) & 30'h3fffffff);
        vref_dn = 32'h0;
        if (vref_q$q > rate) begin
            vref_dn = vref_q$q - rate;
        end
        if (tick & on) begin
            if (vref_q$q < target) begin
                if (vref_up > ((target) & 30'h3fffffff)) begin
                    vref_q$d = target;
                end
                else begin
                    vref_q$d = ((vref_up) & 29'h1fffffff);
                end
            end
            else if (vref_dn < target) begin
                vref_q$d = target;
            end
            else begin
                vref_q$d = vref_dn;
            end
            if (ss$q) begin
                if (vref_q$q < target) begin
                    if (vref_up >= ((target) & 30'h3fffffff)) begin
                        ss$d = 1'b0;
                    end
                end
                else if (vref_dn <= target) begin
                    ss$d = 1'b0;
                end
            end
            i_filt_q$d = i_filt_q$q + i_tot24 - i_filt_s;
        end
        add_thr = ((n_act$q) & 16'hffff) * ((regs$value$26) & 16'hffff);
        shed_thr = ((n_act$q - 32'h1) & 16'hffff) * ((regs$value$27) & 16'hffff);
        if (period_end & (mode_q$q == 64'h1)) begin
            if (dwell$q != 32'hffff) begin
                dwell$d = dwell$q + 32'h1;
            end
            if (n_act$q > n_max) begin
                n_act$d = n_max;
                dwell$d = 32'h0;
            end
            else if (~ss$q) begin
                if (~i_filt_s[32'h17] & (((i_filt_s) & 32'hffffffff) > add_thr) & (n_act$q < n_max)) begin
                    n_act$d = n_act$q + 32'h1;
                    dwell$d = 32'h0;
                end
                else if ((n_act$q > 32'h1) & (dwell$q >= ((regs$value$28) & 16'hffff)) & (i_filt_s[32'h17] | (((i_filt_s) & 32'hffffffff) < shed_thr))) begin
                    n_act$d = n_act$q - 32'h1;
                    dwell$d = 32'h0;
                end
            end
        end
        raise_vout = 32'h0;
        raise_input = 32'h0;
        raise_temp = 32'h0;
        raise_mfr = 32'h0;
        raise_cml = 1'b0;
        flt_n = regs$value$38[(32'h0)+:(8)];
        if (regs$value$38[(32'h0)+:(8)] == 32'h0) begin
            flt_n = 32'h1;
        end
        sat_n = regs$value$39[(32'h0)+:(16)];
        if (regs$value$39[(32'h0)+:(16)] == 32'h0) begin
            sat_n = 32'h1;
        end
        f_ov = on & ov$q;
        f_vin = 1'b0;
        f_oc = 1'b0;
        f_uv = 1'b0;
        f_ot = 1'b0;
        f_sat = 1'b0;
        if (on & tick) begin
            if (~ss$q & (vout_code < regs$value$9[(32'h0)+:(13)])) begin
                if (cnt_uv$q < flt_n) begin
                    cnt_uv$d = cnt_uv$q + 32'h1;
                end
                f_uv = cnt_uv$q >= (flt_n - 32'h1);
            end
            else begin
                cnt_uv$d = 32'h0;
            end
            if (~i_inst[32'h11] & (((i_inst) & 40'hffffffffff) > regs$value$11)) begin
                if (cnt_oc$q < flt_n) begin
                    cnt_oc$d = cnt_oc$q + 32'h1;
                end
                f_oc = cnt_oc$q >= (flt_n - 32'h1);
            end
            else begin
                cnt_oc$d = 32'h0;
            end
            if ((temp_code ^ 32'h800) > (regs$value$13[(32'h0)+:(12)] ^ 32'h800)) begin
                if (cnt_ot$q < flt_n) begin
                    cnt_ot$d = cnt_ot$q + 32'h1;
                end
                f_ot = cnt_ot$q >= (flt_n - 32'h1);
            end
            else begin
                cnt_ot$d = 32'h0;
            end
            if (vin_code < regs$value$15[(32'h0)+:(13)]) begin
                if (cnt_vin$q < flt_n) begin
                    cnt_vin$d = cnt_vin$q + 32'h1;
                end
                f_vin = cnt_vin$q >= (flt_n - 32'h1);
            end
            else begin
                cnt_vin$d = 32'h0;
            end
            if (~ss$q & (u$q == u_max)) begin
                if (cnt_sat$q < sat_n) begin
                    cnt_sat$d = cnt_sat$q + 32'h1;
                end
                f_sat = cnt_sat$q >= (sat_n - 32'h1);
            end
            else begin
                cnt_sat$d = 32'h0;
            end
        end
        if (~on) begin
            f_imb = 1'b0;
        end
        resp = 32'h0;
        shut = 1'b0;
        if (f_imb | f_sat) begin
            resp = 32'h80;
        end
        if (f_imb) begin
            raise_mfr = raise_mfr | 32'h1;
        end
        if (f_sat) begin
            raise_mfr = raise_mfr | 32'h2;
        end
        if (f_ot) begin
            raise_temp = 32'h80;
            if (regs$value$14[(32'h6)+:(2)] != 32'h0) begin
                resp = regs$value$14[(32'h0)+:(8)];
            end
        end
        if (f_uv) begin
            raise_vout = raise_vout | 32'h10;
            if (regs$value$10[(32'h6)+:(2)] != 32'h0) begin
                resp = regs$value$10[(32'h0)+:(8)];
            end
        end
        if (f_oc) begin
            raise_iout = raise_iout | 32'h80;
            if (regs$value$12[(32'h6)+:(2)] != 32'h0) begin
                resp = regs$value$12[(32'h0)+:(8)];
            end
        end
        if (f_vin) begin
            raise_input = 32'h10;
            if (regs$value$16[(32'h6)+:(2)] != 32'h0) begin
                resp = regs$value$16[(32'h0)+:(8)];
            end
        end
        if (f_ov) begin
            raise_vout = raise_vout | 32'h80;
            if (regs$value$8[(32'h6)+:(2)] != 32'h0) begin
                resp = regs$value$8[(32'h0)+:(8)];
            end
        end
        shut = resp[(32'h6)+:(2)] != 32'h0;
        if (ss_pending$q != 32'h0) begin
            ss_pending$d = ss_pending$q - 32'h1;
        end
        if (ss_pending$q == 64'h30) begin
            div_num$d = ((v_tgt) & 29'h1fffffff) << 32'h10;
            div_den$d = ((regs$value$17) & 20'hfffff);
            if (regs$value$17 == 32'h0) begin
                div_den$d = 32'h1;
            end
            div_rem$d = 32'h0;
            div_quo$d = 32'h0;
        end
        else if (ss_pending$q > 32'h12) begin
            div_num$d = div_num$q << 32'h1;
            if (((div_rem$q << 32'h1) | ((div_num$q[(32'h1c)+:(1)]) & 21'h1fffff)) >= ((div_den$q) & 21'h1fffff)) begin
                div_rem$d = ((div_rem$q << 32'h1) | ((div_num$q[(32'h1c)+:(1)]) & 21'h1fffff)) - ((div_den$q) & 21'h1fffff);
                div_quo$d = (div_quo$q << 32'h1) | 32'h1;
            end
            else begin
                div_rem$d = (div_rem$q << 32'h1) | ((div_num$q[(32'h1c)+:(1)]) & 21'h1fffff);
                div_quo$d = div_quo$q << 32'h1;
            end
        end
        if (ss_pending$q == 32'h1) begin
            ss_rate$d = div_quo$q;
        end
        hic_units = 32'h0;
        if ((hiccup$q != 32'h0) & (mode_q$q == 64'h4)) begin
            hiccup$d = hiccup$q - 32'h1;
        end
        if (~on_cmd) begin
            mode_q$d = 64'h0;
        end
        else if ((mode_q$q == 64'h0) | ((mode_q$q == 64'h4) & (hiccup$q == 32'h0))) begin
        end
        else if (shut) begin
            if (resp[(32'h3)+:(3)] == 32'h0) begin
                mode_q$d = 64'h5;
            end
            else begin
                mode_q$d = 64'h4;
                hic_units = ((resp[(32'h0)+:(3)]) & 17'h1ffff) + 32'h1;
                hiccup$d = (hic_units << 32'hd) + (hic_units << 32'ha) + (hic_units << 32'h9) + (hic_units << 32'h8) + (hic_units << 32'h4);
            end
        end
        else if (mode_q$q == 64'h1) begin
            if (blank$q != 32'h0) begin
                blank$d = blank$q - 32'h1;
            end
            else if (~ss$q) begin
                if ((((vout + ((regs$value$32) & 16'hffff)) < vset16) & ~fall[32'hf] & (fall >= ((regs$value$40) & 16'hffff))) | ((vout + (((regs$value$32) & 16'hffff) << 32'h2)) < vset16)) begin
                    mode_q$d = 64'h2;
                    n_act$d = n_max;
                    tr$d = 32'h0;
                end
                else if (((vout > (vset16 + ((regs$value$33) & 16'hffff))) & ~rise[32'hf] & (rise >= ((regs$value$40) & 16'hffff))) | (vout > (vset16 + (((regs$value$33) & 16'hffff) << 32'h2)))) begin
                    mode_q$d = 64'h3;
                    tr$d = 32'h0;
                end
            end
        end
        else if ((mode_q$q == 64'h2) | (mode_q$q == 64'h3)) begin
            if (((tr$q >= ((regs$value$35) & 16'hffff)) & (((mode_q$q == 64'h2) & ~rise[32'hf] & (rise >= ((regs$value$34) & 16'hffff))) | ((mode_q$q == 64'h3) & ~fall[32'hf] & (fall >= ((regs$value$34) & 16'hffff))))) | (tr$q >= ((regs$value$36) & 16'hffff))) begin
                mode_q$d = 64'h1;
                blank$d = ((regs$value$37) & 16'hffff);
            end
            else if (tr$q != 32'hffff) begin
                tr$d = tr$q + 32'h1;
            end
        end
        if (turn_on) begin
            mode_q$d = 64'h1;
            ss$d = 1'b1;
            vref_q$d = 32'h0;
            acc_i$d = 32'h0;
            p_t$d = 32'h0;
            ki_t$d = 32'h0;
            d_t$d = 32'h0;
            d_term$d = 32'h0;
            e_prev$d = 32'h0;
            e_s$d = 32'h0;
            u$d = 32'h0;
            i_filt_q$d = 32'h0;
            n_act$d = n_max;
            dwell$d = 32'h0;
            tr$d = 32'h0;
            blank$d = 32'h0;
            cnt_uv$d = 32'h0;
            cnt_oc$d = 32'h0;
            cnt_ot$d = 32'h0;
            cnt_vin$d = 32'h0;
            cnt_sat$d = 32'h0;
        end
        status_byte = 32'h0;
        if (~on) begin
            status_byte = 32'h40;
        end
        status_byte = status_byte | (((st_vout$q[(32'h7)+:(1)]) & 16'hffff) << 32'h5) | (((st_iout$q[(32'h7)+:(1)]) & 16'hffff) << 32'h4) | (((st_input$q[(32'h4)+:(1)]) & 16'hffff) << 32'h3);
        if (st_temp$q != 32'h0) begin
            status_byte = status_byte | 32'h4;
        end
        if (cml$q) begin
            status_byte = status_byte | 32'h2;
        end
        if (st_mfr$q != 32'h0) begin
            status_byte = status_byte | 32'h1;
        end
        status_word = status_byte;
        if (st_vout$q != 32'h0) begin
            status_word = status_word | 32'h8000;
        end
        if (st_iout$q != 32'h0) begin
            status_word = status_word | 32'h4000;
        end
        if (st_input$q != 32'h0) begin
            status_word = status_word | 32'h2000;
        end
        if (st_mfr$q != 32'h0) begin
            status_word = status_word | 32'h1000;
        end
        if (~on | ss$q) begin
            status_word = status_word | 32'h800;
        end
        known = regs$writable | (reg_addr == 32'h3) | (reg_addr == 32'h20) | (reg_addr == 32'h33) | ((reg_addr >= 32'h78) & (reg_addr <= 32'h7d)) | (reg_addr == 32'h80) | (reg_addr == 32'h88) | ((reg_addr >= 32'h8b) & (reg_addr <= 32'h8d)) | (reg_addr == 32'h98);
        tele = ((vin_code) & 20'hfffff);
        tele_q = 32'h8;
        if (reg_addr == 32'h8c) begin
            tele = ((i_filt_s) & 20'hfffff);
            tele_q = 32'h4;
        end
        if (reg_addr == 32'h8d) begin
            tele = ((temp_code) & 20'hfffff);
            if (temp_code[32'hb]) begin
                tele = ((temp_code) & 20'hfffff) | 64'hff000;
            end
            tele_q = 32'h4;
        end
        if ((reg_addr == 32'h8c) & i_filt_s[32'h17]) begin
            tele = ((i_filt_s) & 20'hfffff) | 64'hf0000;
        end
        tele_n0 = ((((64'h0) & 8'hff)) & 5'h1f) - tele_q;
        tele_n1 = ((((64'h1) & 8'hff)) & 5'h1f) - tele_q;
        tele_n2 = ((((64'h2) & 8'hff)) & 5'h1f) - tele_q;
        tele_n3 = ((((64'h3) & 8'hff)) & 5'h1f) - tele_q;
        tele_n4 = ((((64'h4) & 8'hff)) & 5'h1f) - tele_q;
        tele_n5 = ((((64'h5) & 8'hff)) & 5'h1f) - tele_q;
        tele_n6 = ((((64'h6) & 8'hff)) & 5'h1f) - tele_q;
        tele_n7 = ((((64'h7) & 8'hff)) & 5'h1f) - tele_q;
        tele_n8 = ((((64'h8) & 8'hff)) & 5'h1f) - tele_q;
        tele_n9 = ((((64'h9) & 8'hff)) & 5'h1f) - tele_q;
        tele_word = 32'h0;
        tele_sh = tele >> 32'h9;
        if (tele[32'h13]) begin
            tele_sh = ~((~tele) >> 32'h9);
        end
        if ((tele_sh[(32'ha)+:(10)] == 32'h0) | (tele_sh[(32'ha)+:(10)] == 32'h3ff)) begin
            tele_word = (((tele_n9) & 16'hffff) << 32'hb) | ((tele_sh[(32'h0)+:(11)]) & 16'hffff);
        end
        tele_sh = tele >> 32'h8;
        if (tele[32'h13]) begin
            tele_sh = ~((~tele) >> 32'h8);
        end
        if ((tele_sh[(32'ha)+:(10)] == 32'h0) | (tele_sh[(32'ha)+:(10)] == 32'h3ff)) begin
            tele_word = (((tele_n8) & 16'hffff) << 32'hb) | ((tele_sh[(32'h0)+:(11)]) & 16'hffff);
        end
        tele_sh = tele >> 32'h7;
        if (tele[32'h13]) begin
            tele_sh = ~((~tele) >> 32'h7);
        end
        if ((tele_sh[(32'ha)+:(10)] == 32'h0) | (tele_sh[(32'ha)+:(10)] == 32'h3ff)) begin
            tele_word = (((tele_n7) & 16'hffff) << 32'hb) | ((tele_sh[(32'h0)+:(11)]) & 16'hffff);
        end
        tele_sh = tele >> 32'h6;
        if (tele[32'h13]) begin
            tele_sh = ~((~tele) >> 32'h6);
        end
        if ((tele_sh[(32'ha)+:(10)] == 32'h0) | (tele_sh[(32'ha)+:(10)] == 32'h3ff)) begin
            tele_word = (((tele_n6) & 16'hffff) << 32'hb) | ((tele_sh[(32'h0)+:(11)]) & 16'hffff);
        end
        tele_sh = tele >> 32'h5;
        if (tele[32'h13]) begin
            tele_sh = ~((~tele) >> 32'h5);
        end
        if ((tele_sh[(32'ha)+:(10)] == 32'h0) | (tele_sh[(32'ha)+:(10)] == 32'h3ff)) begin
            tele_word = (((tele_n5) & 16'hffff) << 32'hb) | ((tele_sh[(32'h0)+:(11)]) & 16'hffff);
        end
        tele_sh = tele >> 32'h4;
        if (tele[32'h13]) begin
            tele_sh = ~((~tele) >> 32'h4);
        end
        if ((tele_sh[(32'ha)+:(10)] == 32'h0) | (tele_sh[(32'ha)+:(10)] == 32'h3ff)) begin
            tele_word = (((tele_n4) & 16'hffff) << 32'hb) | ((tele_sh[(32'h0)+:(11)]) & 16'hffff);
        end
        tele_sh = tele >> 32'h3;
        if (tele[32'h13]) begin
            tele_sh = ~((~tele) >> 32'h3);
        end
        if ((tele_sh[(32'ha)+:(10)] == 32'h0) | (tele_sh[(32'ha)+:(10)] == 32'h3ff)) begin
            tele_word = (((tele_n3) & 16'hffff) << 32'hb) | ((tele_sh[(32'h0)+:(11)]) & 16'hffff);
        end
        tele_sh = tele >> 32'h2;
        if (tele[32'h13]) begin
            tele_sh = ~((~tele) >> 32'h2);
        end
        if ((tele_sh[(32'ha)+:(10)] == 32'h0) | (tele_sh[(32'ha)+:(10)] == 32'h3ff)) begin
            tele_word = (((tele_n2) & 16'hffff) << 32'hb) | ((tele_sh[(32'h0)+:(11)]) & 16'hffff);
        end
        tele_sh = tele >> 32'h1;
        if (tele[32'h13]) begin
            tele_sh = ~((~tele) >> 32'h1);
        end
        if ((tele_sh[(32'ha)+:(10)] == 32'h0) | (tele_sh[(32'ha)+:(10)] == 32'h3ff)) begin
            tele_word = (((tele_n1) & 16'hffff) << 32'hb) | ((tele_sh[(32'h0)+:(11)]) & 16'hffff);
        end
        tele_sh = tele >> 32'h0;
        if (tele[32'h13]) begin
            tele_sh = ~((~tele) >> 32'h0);
        end
        if ((tele_sh[(32'ha)+:(10)] == 32'h0) | (tele_sh[(32'ha)+:(10)] == 32'h3ff)) begin
            tele_word = (((tele_n0) & 16'hffff) << 32'hb) | ((tele_sh[(32'h0)+:(11)]) & 16'hffff);
        end
        if (reg_re) begin
            rdata$d = regs$rword;
            if (reg_addr == 32'h20) begin
                rdata$d = 32'h14;
            end
            if (reg_addr == 32'h33) begin
                rdata$d = freq_word;
            end
            if (reg_addr == 32'h78) begin
                rdata$d = status_byte;
            end
            if (reg_addr == 32'h79) begin
                rdata$d = status_word;
            end
            if (reg_addr == 32'h7a) begin
                rdata$d = ((st_vout$q) & 16'hffff);
            end
            if (reg_addr == 32'h7b) begin
                rdata$d = ((st_iout$q) & 16'hffff);
            end
            if (reg_addr == 32'h7c) begin
                rdata$d = ((st_input$q) & 16'hffff);
            end
            if (reg_addr == 32'h7d) begin
                rdata$d = ((st_temp$q) & 16'hffff);
            end
            if (reg_addr == 32'h80) begin
                rdata$d = ((st_mfr$q) & 16'hffff);
            end
            if ((reg_addr == 32'h88) | (reg_addr == 32'h8c) | (reg_addr == 32'h8d)) begin
                rdata$d = tele_word;
            end
            if (reg_addr == 32'h8b) begin
                rdata$d = ((vout_code) & 16'hffff);
            end
            if (reg_addr == 32'h98) begin
                rdata$d = 32'h33;
            end
            if (~known) begin
                raise_cml = 1'b1;
            end
        end
        clear = 1'b0;
        if (reg_we) begin
            if (reg_addr == 32'h3) begin
                clear = 1'b1;
            end
            else if (~regs$writable) begin
                raise_cml = 1'b1;
            end
            else if ((reg_addr == 32'h21) | (reg_addr == 32'h24) | (reg_addr == 32'h61)) begin
                ss_pending$d = 64'h30;
            end
        end
        if (clear) begin
            st_vout$d = raise_vout;
            st_iout$d = raise_iout;
            st_input$d = raise_input;
            st_temp$d = raise_temp;
            st_mfr$d = raise_mfr;
            cml$d = raise_cml;
        end
        else begin
            st_vout$d = st_vout$q | raise_vout;
            st_iout$d = st_iout$q | raise_iout;
            st_input$d = st_input$q | raise_input;
            st_temp$d = st_temp$q | raise_temp;
            st_mfr$d = st_mfr$q | raise_mfr;
            cml$d = cml$q | raise_cml;
        end
        if (reset) begin
            m$d = 32'h0;
            kc$d = 32'h0;
            n_act$d = 32'h1;
            dwell$d = 32'h0;
            mode_q$d = 64'h0;
            ss$d = 1'b0;
            vref_q$d = 32'h0;
            ss_rate$d = 32'h0;
            ss_pending$d = 64'h30;
            i_filt_q$d = 32'h0;
            v_set_q$d = 32'h0;
            e_s$d = 32'h0;
            p_t$d = 32'h0;
            ki_t$d = 32'h0;
            d_t$d = 32'h0;
            d_term$d = 32'h0;
            e_prev$d = 32'h0;
            acc_i$d = 32'h0;
            u$d = 32'h0;
            ov$d = 1'b0;
            vhist$0$d = 32'h0;
            vhist$1$d = 32'h0;
            vhist$2$d = 32'h0;
            vhist$3$d = 32'h0;
            vhist$4$d = 32'h0;
            vhist$5$d = 32'h0;
            vhist$6$d = 32'h0;
            vhist$7$d = 32'h0;
            tr$d = 32'h0;
            blank$d = 32'h0;
            cnt_uv$d = 32'h0;
            cnt_oc$d = 32'h0;
            cnt_ot$d = 32'h0;
            cnt_vin$d = 32'h0;
            cnt_sat$d = 32'h0;
            hiccup$d = 32'h0;
            st_vout$d = 32'h0;
            st_iout$d = 32'h0;
            st_input$d = 32'h0;
            st_temp$d = 32'h0;
            st_mfr$d = 32'h0;
            cml$d = 1'b0;
            rdata$d = 32'h0;
        end
        reg_rdata = rdata$q;
        pgood = on & ~ss$q;
        alert = (st_vout$q != 32'h0) | (st_iout$q != 32'h0) | (st_input$q != 32'h0) | (st_temp$q != 32'h0) | (st_mfr$q != 32'h0) | cml$q;
        duty = u$q;
        vref = vref_q$q[(32'h10)+:(13)];
        v_set = v_set_q$q;
        i_filt = ((i_filt_s) & 16'hffff);
        n_active = n_act$q;
        mode = mode_q$q;
    end
    
endmodule // top


module gridcore_vrm$acc_i(d,q,clock);
    
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
          
endmodule // gridcore_vrm$acc_i


module gridcore_vrm$blank(d,q,clock);
    
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
          
endmodule // gridcore_vrm$blank


module gridcore_vrm$cml(d,q,clock);
    
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
          
endmodule // gridcore_vrm$cml


module gridcore_vrm$cnt_oc(d,q,clock);
    
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
          
endmodule // gridcore_vrm$cnt_oc


module gridcore_vrm$cnt_ot(d,q,clock);
    
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
          
endmodule // gridcore_vrm$cnt_ot


module gridcore_vrm$cnt_sat(d,q,clock);
    
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
          
endmodule // gridcore_vrm$cnt_sat


module gridcore_vrm$cnt_uv(d,q,clock);
    
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
          
endmodule // gridcore_vrm$cnt_uv


module gridcore_vrm$cnt_vin(d,q,clock);
    
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
          
endmodule // gridcore_vrm$cnt_vin


module gridcore_vrm$d_t(d,q,clock);
    
    // Module arguments
    input wire  [27:0] d;
    output reg  [27:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 28'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$d_t


module gridcore_vrm$d_term(d,q,clock);
    
    // Module arguments
    input wire  [27:0] d;
    output reg  [27:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 28'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$d_term


module gridcore_vrm$div_den(d,q,clock);
    
    // Module arguments
    input wire  [19:0] d;
    output reg  [19:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 20'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$div_den


module gridcore_vrm$div_num(d,q,clock);
    
    // Module arguments
    input wire  [28:0] d;
    output reg  [28:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 29'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$div_num


module gridcore_vrm$div_quo(d,q,clock);
    
    // Module arguments
    input wire  [28:0] d;
    output reg  [28:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 29'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$div_quo


module gridcore_vrm$div_rem(d,q,clock);
    
    // Module arguments
    input wire  [20:0] d;
    output reg  [20:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 21'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$div_rem


module gridcore_vrm$dwell(d,q,clock);
    
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
          
endmodule // gridcore_vrm$dwell


module gridcore_vrm$e_prev(d,q,clock);
    
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
          
endmodule // gridcore_vrm$e_prev


module gridcore_vrm$e_s(d,q,clock);
    
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
          
endmodule // gridcore_vrm$e_s


module gridcore_vrm$hiccup(d,q,clock);
    
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
          
endmodule // gridcore_vrm$hiccup


module gridcore_vrm$i_filt_q(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$i_filt_q


module gridcore_vrm$kc(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$kc


module gridcore_vrm$ki_t(d,q,clock);
    
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
          
endmodule // gridcore_vrm$ki_t


module gridcore_vrm$m(d,q,clock);
    
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
          
endmodule // gridcore_vrm$m


module gridcore_vrm$mean_mul(a,b,p);
    
    // Module arguments
    input wire  [17:0] a;
    input wire  [17:0] b;
    output reg  [35:0] p;
    
    // Update code (custom)
    always @(*) p = $signed(a) * $signed(b);
endmodule // gridcore_vrm$mean_mul


module gridcore_vrm$mode_q(d,q,clock);
    
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
          
endmodule // gridcore_vrm$mode_q


module gridcore_vrm$mul(a,b,p);
    
    // Module arguments
    input wire  [20:0] a;
    input wire  [21:0] b;
    output reg  [42:0] p;
    
    // Update code (custom)
    always @(*) p = $signed(a) * $signed(b);
endmodule // gridcore_vrm$mul


module gridcore_vrm$n_act(d,q,clock);
    
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
          
endmodule // gridcore_vrm$n_act


module gridcore_vrm$ov(d,q,clock);
    
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
          
endmodule // gridcore_vrm$ov


module gridcore_vrm$p_t(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$p_t


module gridcore_vrm$phases$0(clock,reset,n_active,mode,ov,m_next,step,t256_base,t256_max,dt_rise,dt_fall,iph,ph_oc,turn_on,bal_en,mean,kb,bal_max,ph_imb,hs,ls,iavg,oc_hit,imb_hit,hs_in,hs_out,ls_in,ls_out,itot_in,itot_out,iinst_in,iinst_out,oc_in,oc_out,imb_in,imb_out);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [4:0] n_active;
    input wire  [2:0] mode;
    input wire  ov;
    input wire  [10:0] m_next;
    input wire  [10:0] step;
    input wire  [19:0] t256_base;
    input wire  [19:0] t256_max;
    input wire  [7:0] dt_rise;
    input wire  [7:0] dt_fall;
    input wire  [11:0] iph;
    input wire  [11:0] ph_oc;
    input wire  turn_on;
    input wire  bal_en;
    input wire  [12:0] mean;
    input wire  [4:0] kb;
    input wire  [11:0] bal_max;
    input wire  [11:0] ph_imb;
    output reg  hs;
    output reg  ls;
    output reg  [12:0] iavg;
    output reg  oc_hit;
    output reg  imb_hit;
    input wire  [15:0] hs_in;
    output reg  [15:0] hs_out;
    input wire  [15:0] ls_in;
    output reg  [15:0] ls_out;
    input wire  [17:0] itot_in;
    output reg  [17:0] itot_out;
    input wire  [17:0] iinst_in;
    output reg  [17:0] iinst_out;
    input wire  oc_in;
    output reg  oc_out;
    input wire  imb_in;
    output reg  imb_out;
    
    // Constant declarations
    localparam  index = 5'b0;
    localparam  period = 11'b11001000;
    localparam  recip_p = 12'h148;
    localparam  sd_init = 8'h0;
    
    // Stub signals
    reg  gate$clock;
    reg  gate$reset;
    reg  gate$req_hs;
    reg  gate$req_ls;
    reg  [7:0] gate$dt_rise;
    reg  [7:0] gate$dt_fall;
    wire  gate$hs;
    wire  gate$ls;
    wire  [7:0] gate$quiet;
    reg  [23:0] avg_mul$a;
    reg  [11:0] avg_mul$b;
    wire  [35:0] avg_mul$p;
    reg  [10:0] t$d;
    wire  [10:0] t$q;
    reg  t$clock;
    reg  [10:0] len$d;
    wire  [10:0] len$q;
    reg  len$clock;
    reg  [10:0] ton$d;
    wire  [10:0] ton$q;
    reg  ton$clock;
    reg  [7:0] sd$d;
    wire  [7:0] sd$q;
    reg  sd$clock;
    reg  armed$d;
    wire  armed$q;
    reg  armed$clock;
    reg  [23:0] acc$d;
    wire  [23:0] acc$q;
    reg  acc$clock;
    reg  [12:0] iavg_q$d;
    wire  [12:0] iavg_q$q;
    reg  iavg_q$clock;
    reg  [29:0] bal_acc$d;
    wire  [29:0] bal_acc$q;
    reg  bal_acc$clock;
    reg  oc_cut$d;
    wire  oc_cut$q;
    reg  oc_cut$clock;
    reg  [6:0] imb$d;
    wire  [6:0] imb$q;
    reg  imb$clock;
    
    // Local signals
    reg  active;
    reg  req_hs;
    reg  req_ls;
    reg  [15:0] off;
    reg  [10:0] late;
    reg  start;
    reg  [23:0] iph_x;
    reg  [23:0] total;
    reg  [19:0] bal_hi;
    reg  [19:0] t256_raw;
    reg  [19:0] t256;
    reg  [8:0] sd_sum;
    reg  [13:0] dev;
    reg  [13:0] dev_abs;
    reg  [39:0] dev_x;
    reg  [39:0] bal_x;
    reg  [39:0] bal_new;
    reg  [39:0] bal_lim;
    reg  [39:0] bal_neg;
    reg  [13:0] iavg_x;
    reg  [17:0] iavg_x18;
    reg  [13:0] mean_x;
    
    // Sub module instances
    gridcore_vrm$phases$0$gate gate(
        .clock(gate$clock),
        .reset(gate$reset),
        .req_hs(gate$req_hs),
        .req_ls(gate$req_ls),
        .dt_rise(gate$dt_rise),
        .dt_fall(gate$dt_fall),
        .hs(gate$hs),
        .ls(gate$ls),
        .quiet(gate$quiet)
    );
    gridcore_vrm$phases$0$avg_mul avg_mul(
        .a(avg_mul$a),
        .b(avg_mul$b),
        .p(avg_mul$p)
    );
    gridcore_vrm$phases$0$t t(
        .d(t$d),
        .q(t$q),
        .clock(t$clock)
    );
    gridcore_vrm$phases$0$len len(
        .d(len$d),
        .q(len$q),
        .clock(len$clock)
    );
    gridcore_vrm$phases$0$ton ton(
        .d(ton$d),
        .q(ton$q),
        .clock(ton$clock)
    );
    gridcore_vrm$phases$0$sd sd(
        .d(sd$d),
        .q(sd$q),
        .clock(sd$clock)
    );
    gridcore_vrm$phases$0$armed armed(
        .d(armed$d),
        .q(armed$q),
        .clock(armed$clock)
    );
    gridcore_vrm$phases$0$acc acc(
        .d(acc$d),
        .q(acc$q),
        .clock(acc$clock)
    );
    gridcore_vrm$phases$0$iavg_q iavg_q(
        .d(iavg_q$d),
        .q(iavg_q$q),
        .clock(iavg_q$clock)
    );
    gridcore_vrm$phases$0$bal_acc bal_acc(
        .d(bal_acc$d),
        .q(bal_acc$q),
        .clock(bal_acc$clock)
    );
    gridcore_vrm$phases$0$oc_cut oc_cut(
        .d(oc_cut$d),
        .q(oc_cut$q),
        .clock(oc_cut$clock)
    );
    gridcore_vrm$phases$0$imb imb(
        .d(imb$d),
        .q(imb$q),
        .clock(imb$clock)
    );
    
    // Update code
    always @(*) begin
        t$clock = clock;
        len$clock = clock;
        ton$clock = clock;
        sd$clock = clock;
        armed$clock = clock;
        acc$clock = clock;
        iavg_q$clock = clock;
        bal_acc$clock = clock;
        oc_cut$clock = clock;
        imb$clock = clock;
        t$d = t$q;
        len$d = len$q;
        ton$d = ton$q;
        sd$d = sd$q;
        armed$d = armed$q;
        acc$d = acc$q;
        iavg_q$d = iavg_q$q;
        bal_acc$d = bal_acc$q;
        oc_cut$d = oc_cut$q;
        imb$d = imb$q;
        gate$clock = clock;
        gate$reset = reset;
        gate$dt_rise = dt_rise;
        gate$dt_fall = dt_fall;
        active = index < n_active;
        req_hs = 1'b0;
        req_ls = 1'b0;
        if ((mode == 64'h1) & active & armed$q) begin
            if ((t$q < ton$q) & ~oc_cut$q) begin
                req_hs = 1'b1;
            end
            else begin
                req_ls = 1'b1;
            end
        end
        if ((mode == 64'h2) & active) begin
            if (oc_cut$q) begin
                req_ls = 1'b1;
            end
            else begin
                req_hs = 1'b1;
            end
        end
        if (mode == 64'h3) begin
            req_ls = active;
        end
        if (ov & (mode != 64'h0)) begin
            req_hs = 1'b0;
            req_ls = 1'b1;
        end
        gate$req_hs = req_hs;
        gate$req_ls = req_ls;
        oc_hit = req_hs & ~iph[32'hb] & (((iph) & 12'hfff) > ph_oc);
        if (oc_hit) begin
            oc_cut$d = 1'b1;
        end
        off = ((((index) & 16'hffff) * ((step) & 16'hffff)) & 16'hffff);
        if (((m_next) & 16'hffff) >= off) begin
            late = m_next - ((off) & 11'h7ff);
        end
        else begin
            late = m_next + period - ((off) & 11'h7ff);
        end
        if (armed$q) begin
            start = active & ((t$q + 32'h1) == len$q);
        end
        else begin
            start = active & (late == 32'h0);
        end
        iph_x = ((iph) & 24'hffffff);
        if (iph[32'hb]) begin
            iph_x = ((iph) & 24'hffffff) | 64'hfff000;
        end
        total = acc$q + iph_x;
        avg_mul$a = total;
        avg_mul$b = recip_p;
        bal_hi = ((bal_acc$q[(32'h10)+:(14)]) & 20'hfffff);
        if (bal_acc$q[32'h1d]) begin
            bal_hi = ((bal_acc$q[(32'h10)+:(14)]) & 20'hfffff) | 64'hfc000;
        end
        t256_raw = t256_base + bal_hi;
        t256 = t256_raw;
        if (t256_raw[32'h13]) begin
            t256 = 32'h0;
        end
        else if ((t256_raw ^ 64'h80000) > (t256_max ^ 64'h80000)) begin
            t256 = t256_max;
        end
        sd_sum = ((sd$q) & 9'h1ff) + ((t256[(32'h0)+:(8)]) & 9'h1ff);
        if (start) begin
            if (armed$q & (len$q == period)) begin
                iavg_q$d = avg_mul$p[(32'h10)+:(13)];
            end
            acc$d = 32'h0;
            if (late <= (period >> 32'h1)) begin
                len$d = period - late;
            end
            else begin
                len$d = (period << 32'h1) - late;
            end
            sd$d = sd_sum[(32'h0)+:(8)];
            ton$d = ((t256[(32'h8)+:(12)]) & 11'h7ff) + ((sd_sum[(32'h8)+:(1)]) & 11'h7ff);
            t$d = 32'h0;
            armed$d = 1'b1;
            oc_cut$d = 1'b0;
        end
        else if (armed$q) begin
            t$d = t$q + 32'h1;
            acc$d = total;
        end
        else begin
            t$d = 32'h0;
            acc$d = 32'h0;
        end
        iavg_x18 = ((iavg_q$q) & 18'h3ffff);
        if (iavg_q$q[32'hc]) begin
            iavg_x18 = ((iavg_q$q) & 18'h3ffff) | 64'h3e000;
        end
        iavg_x = ((iavg_q$q) & 14'h3fff);
        if (iavg_q$q[32'hc]) begin
            iavg_x = ((iavg_q$q) & 14'h3fff) | 32'h2000;
        end
        mean_x = ((mean) & 14'h3fff);
        if (mean[32'hc]) begin
            mean_x = ((mean) & 14'h3fff) | 32'h2000;
        end
        dev = iavg_x - mean_x;
        dev_abs = dev;
        if (dev[32'hd]) begin
            dev_abs = ~dev + 32'h1;
        end
        dev_x = ((dev) & 40'hffffffffff);
        if (dev[32'hd]) begin
            dev_x = ((dev) & 40'hffffffffff) | 64'hffffffc000;
        end
        bal_x = ((bal_acc$q) & 40'hffffffffff);
        if (bal_acc$q[32'h1d]) begin
            bal_x = ((bal_acc$q) & 40'hffffffffff) | 64'hffc0000000;
        end
        bal_new = bal_x - (dev_x << kb);
        bal_lim = ((bal_max) & 40'hffffffffff) << 32'h10;
        bal_neg = ~bal_lim + 32'h1;
        imb_hit = 1'b0;
        if (bal_en & active) begin
            if ((bal_new ^ 64'h8000000000) > (bal_lim ^ 64'h8000000000)) begin
                bal_acc$d = ((bal_lim) & 30'h3fffffff);
            end
            else if ((bal_new ^ 64'h8000000000) < (bal_neg ^ 64'h8000000000)) begin
                bal_acc$d = ((bal_neg) & 30'h3fffffff);
            end
            else begin
                bal_acc$d = ((bal_new) & 30'h3fffffff);
            end
            if (((ph_imb) & 14'h3fff) < dev_abs) begin
                if (imb$q >= 32'h3f) begin
                    imb$d = 32'h40;
                    imb_hit = 1'b1;
                end
                else begin
                    imb$d = imb$q + 32'h1;
                end
            end
            else begin
                imb$d = 32'h0;
            end
        end
        if (~active) begin
            armed$d = 1'b0;
            acc$d = 32'h0;
            t$d = 32'h0;
            len$d = period;
            ton$d = 32'h0;
            bal_acc$d = 32'h0;
            oc_cut$d = 1'b0;
            imb$d = 32'h0;
        end
        if (turn_on) begin
            armed$d = 1'b0;
            ton$d = 32'h0;
            sd$d = sd_init;
            bal_acc$d = 32'h0;
            oc_cut$d = 1'b0;
            imb$d = 32'h0;
        end
        if (reset) begin
            t$d = 32'h0;
            len$d = period;
            ton$d = 32'h0;
            sd$d = 32'h0;
            armed$d = 1'b0;
            acc$d = 32'h0;
            iavg_q$d = 32'h0;
            bal_acc$d = 32'h0;
            oc_cut$d = 1'b0;
            imb$d = 32'h0;
        end
        hs = gate$hs;
        ls = gate$ls;
        iavg = iavg_q$q;
        hs_out = hs_in | (((gate$hs) & 16'hffff) << index);
        ls_out = ls_in | (((gate$ls) & 16'hffff) << index);
        itot_out = itot_in;
        iinst_out = iinst_in;
        if (active) begin
            itot_out = itot_in + iavg_x18;
            iinst_out = iinst_in + ((iph_x) & 18'h3ffff);
        end
        oc_out = oc_in | oc_hit;
        imb_out = imb_in | imb_hit;
    end
    
endmodule // gridcore_vrm$phases$0


module gridcore_vrm$phases$0$acc(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$phases$0$acc


module gridcore_vrm$phases$0$armed(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$0$armed


module gridcore_vrm$phases$0$avg_mul(a,b,p);
    
    // Module arguments
    input wire  [23:0] a;
    input wire  [11:0] b;
    output reg  [35:0] p;
    
    // Update code (custom)
    always @(*) p = $signed(a) * $signed(b);
endmodule // gridcore_vrm$phases$0$avg_mul


module gridcore_vrm$phases$0$bal_acc(d,q,clock);
    
    // Module arguments
    input wire  [29:0] d;
    output reg  [29:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 30'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$phases$0$bal_acc


module gridcore_vrm$phases$0$gate(clock,reset,req_hs,req_ls,dt_rise,dt_fall,hs,ls,quiet);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  req_hs;
    input wire  req_ls;
    input wire  [7:0] dt_rise;
    input wire  [7:0] dt_fall;
    output reg  hs;
    output reg  ls;
    output reg  [7:0] quiet;
    
    // Stub signals
    reg  hs_q$d;
    wire  hs_q$q;
    reg  hs_q$clock;
    reg  ls_q$d;
    wire  ls_q$q;
    reg  ls_q$clock;
    reg  [7:0] quiet_q$d;
    wire  [7:0] quiet_q$q;
    reg  quiet_q$clock;
    
    // Local signals
    reg  hs_next;
    reg  ls_next;
    
    // Sub module instances
    gridcore_vrm$phases$0$gate$hs_q hs_q(
        .d(hs_q$d),
        .q(hs_q$q),
        .clock(hs_q$clock)
    );
    gridcore_vrm$phases$0$gate$ls_q ls_q(
        .d(ls_q$d),
        .q(ls_q$q),
        .clock(ls_q$clock)
    );
    gridcore_vrm$phases$0$gate$quiet_q quiet_q(
        .d(quiet_q$d),
        .q(quiet_q$q),
        .clock(quiet_q$clock)
    );
    
    // Update code
    always @(*) begin
        hs_q$clock = clock;
        ls_q$clock = clock;
        quiet_q$clock = clock;
        hs_q$d = hs_q$q;
        ls_q$d = ls_q$q;
        quiet_q$d = quiet_q$q;
        hs_next = req_hs & ~req_ls & ~ls_q$q & (hs_q$q | (quiet_q$q >= dt_rise));
        ls_next = req_ls & ~req_hs & ~hs_q$q & (ls_q$q | (quiet_q$q >= dt_fall));
        hs_q$d = hs_next;
        ls_q$d = ls_next;
        if (hs_next | ls_next) begin
            quiet_q$d = 32'h0;
        end
        else if (quiet_q$q != 32'hff) begin
            quiet_q$d = quiet_q$q + 32'h1;
        end
        if (reset) begin
            hs_q$d = 1'b0;
            ls_q$d = 1'b0;
            quiet_q$d = 32'h0;
        end
        hs = hs_q$q;
        ls = ls_q$q;
        quiet = quiet_q$q;
    end
    
endmodule // gridcore_vrm$phases$0$gate


module gridcore_vrm$phases$0$gate$hs_q(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$0$gate$hs_q


module gridcore_vrm$phases$0$gate$ls_q(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$0$gate$ls_q


module gridcore_vrm$phases$0$gate$quiet_q(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$0$gate$quiet_q


module gridcore_vrm$phases$0$iavg_q(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$0$iavg_q


module gridcore_vrm$phases$0$imb(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$phases$0$imb


module gridcore_vrm$phases$0$len(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$0$len


module gridcore_vrm$phases$0$oc_cut(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$0$oc_cut


module gridcore_vrm$phases$0$sd(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$0$sd


module gridcore_vrm$phases$0$t(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$0$t


module gridcore_vrm$phases$0$ton(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$0$ton


module gridcore_vrm$phases$1(clock,reset,n_active,mode,ov,m_next,step,t256_base,t256_max,dt_rise,dt_fall,iph,ph_oc,turn_on,bal_en,mean,kb,bal_max,ph_imb,hs,ls,iavg,oc_hit,imb_hit,hs_in,hs_out,ls_in,ls_out,itot_in,itot_out,iinst_in,iinst_out,oc_in,oc_out,imb_in,imb_out);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [4:0] n_active;
    input wire  [2:0] mode;
    input wire  ov;
    input wire  [10:0] m_next;
    input wire  [10:0] step;
    input wire  [19:0] t256_base;
    input wire  [19:0] t256_max;
    input wire  [7:0] dt_rise;
    input wire  [7:0] dt_fall;
    input wire  [11:0] iph;
    input wire  [11:0] ph_oc;
    input wire  turn_on;
    input wire  bal_en;
    input wire  [12:0] mean;
    input wire  [4:0] kb;
    input wire  [11:0] bal_max;
    input wire  [11:0] ph_imb;
    output reg  hs;
    output reg  ls;
    output reg  [12:0] iavg;
    output reg  oc_hit;
    output reg  imb_hit;
    input wire  [15:0] hs_in;
    output reg  [15:0] hs_out;
    input wire  [15:0] ls_in;
    output reg  [15:0] ls_out;
    input wire  [17:0] itot_in;
    output reg  [17:0] itot_out;
    input wire  [17:0] iinst_in;
    output reg  [17:0] iinst_out;
    input wire  oc_in;
    output reg  oc_out;
    input wire  imb_in;
    output reg  imb_out;
    
    // Constant declarations
    localparam  index = 5'b1;
    localparam  period = 11'b11001000;
    localparam  recip_p = 12'h148;
    localparam  sd_init = 8'h20;
    
    // Stub signals
    reg  gate$clock;
    reg  gate$reset;
    reg  gate$req_hs;
    reg  gate$req_ls;
    reg  [7:0] gate$dt_rise;
    reg  [7:0] gate$dt_fall;
    wire  gate$hs;
    wire  gate$ls;
    wire  [7:0] gate$quiet;
    reg  [23:0] avg_mul$a;
    reg  [11:0] avg_mul$b;
    wire  [35:0] avg_mul$p;
    reg  [10:0] t$d;
    wire  [10:0] t$q;
    reg  t$clock;
    reg  [10:0] len$d;
    wire  [10:0] len$q;
    reg  len$clock;
    reg  [10:0] ton$d;
    wire  [10:0] ton$q;
    reg  ton$clock;
    reg  [7:0] sd$d;
    wire  [7:0] sd$q;
    reg  sd$clock;
    reg  armed$d;
    wire  armed$q;
    reg  armed$clock;
    reg  [23:0] acc$d;
    wire  [23:0] acc$q;
    reg  acc$clock;
    reg  [12:0] iavg_q$d;
    wire  [12:0] iavg_q$q;
    reg  iavg_q$clock;
    reg  [29:0] bal_acc$d;
    wire  [29:0] bal_acc$q;
    reg  bal_acc$clock;
    reg  oc_cut$d;
    wire  oc_cut$q;
    reg  oc_cut$clock;
    reg  [6:0] imb$d;
    wire  [6:0] imb$q;
    reg  imb$clock;
    
    // Local signals
    reg  active;
    reg  req_hs;
    reg  req_ls;
    reg  [15:0] off;
    reg  [10:0] late;
    reg  start;
    reg  [23:0] iph_x;
    reg  [23:0] total;
    reg  [19:0] bal_hi;
    reg  [19:0] t256_raw;
    reg  [19:0] t256;
    reg  [8:0] sd_sum;
    reg  [13:0] dev;
    reg  [13:0] dev_abs;
    reg  [39:0] dev_x;
    reg  [39:0] bal_x;
    reg  [39:0] bal_new;
    reg  [39:0] bal_lim;
    reg  [39:0] bal_neg;
    reg  [13:0] iavg_x;
    reg  [17:0] iavg_x18;
    reg  [13:0] mean_x;
    
    // Sub module instances
    gridcore_vrm$phases$1$gate gate(
        .clock(gate$clock),
        .reset(gate$reset),
        .req_hs(gate$req_hs),
        .req_ls(gate$req_ls),
        .dt_rise(gate$dt_rise),
        .dt_fall(gate$dt_fall),
        .hs(gate$hs),
        .ls(gate$ls),
        .quiet(gate$quiet)
    );
    gridcore_vrm$phases$1$avg_mul avg_mul(
        .a(avg_mul$a),
        .b(avg_mul$b),
        .p(avg_mul$p)
    );
    gridcore_vrm$phases$1$t t(
        .d(t$d),
        .q(t$q),
        .clock(t$clock)
    );
    gridcore_vrm$phases$1$len len(
        .d(len$d),
        .q(len$q),
        .clock(len$clock)
    );
    gridcore_vrm$phases$1$ton ton(
        .d(ton$d),
        .q(ton$q),
        .clock(ton$clock)
    );
    gridcore_vrm$phases$1$sd sd(
        .d(sd$d),
        .q(sd$q),
        .clock(sd$clock)
    );
    gridcore_vrm$phases$1$armed armed(
        .d(armed$d),
        .q(armed$q),
        .clock(armed$clock)
    );
    gridcore_vrm$phases$1$acc acc(
        .d(acc$d),
        .q(acc$q),
        .clock(acc$clock)
    );
    gridcore_vrm$phases$1$iavg_q iavg_q(
        .d(iavg_q$d),
        .q(iavg_q$q),
        .clock(iavg_q$clock)
    );
    gridcore_vrm$phases$1$bal_acc bal_acc(
        .d(bal_acc$d),
        .q(bal_acc$q),
        .clock(bal_acc$clock)
    );
    gridcore_vrm$phases$1$oc_cut oc_cut(
        .d(oc_cut$d),
        .q(oc_cut$q),
        .clock(oc_cut$clock)
    );
    gridcore_vrm$phases$1$imb imb(
        .d(imb$d),
        .q(imb$q),
        .clock(imb$clock)
    );
    
    // Update code
    always @(*) begin
        t$clock = clock;
        len$clock = clock;
        ton$clock = clock;
        sd$clock = clock;
        armed$clock = clock;
        acc$clock = clock;
        iavg_q$clock = clock;
        bal_acc$clock = clock;
        oc_cut$clock = clock;
        imb$clock = clock;
        t$d = t$q;
        len$d = len$q;
        ton$d = ton$q;
        sd$d = sd$q;
        armed$d = armed$q;
        acc$d = acc$q;
        iavg_q$d = iavg_q$q;
        bal_acc$d = bal_acc$q;
        oc_cut$d = oc_cut$q;
        imb$d = imb$q;
        gate$clock = clock;
        gate$reset = reset;
        gate$dt_rise = dt_rise;
        gate$dt_fall = dt_fall;
        active = index < n_active;
        req_hs = 1'b0;
        req_ls = 1'b0;
        if ((mode == 64'h1) & active & armed$q) begin
            if ((t$q < ton$q) & ~oc_cut$q) begin
                req_hs = 1'b1;
            end
            else begin
                req_ls = 1'b1;
            end
        end
        if ((mode == 64'h2) & active) begin
            if (oc_cut$q) begin
                req_ls = 1'b1;
            end
            else begin
                req_hs = 1'b1;
            end
        end
        if (mode == 64'h3) begin
            req_ls = active;
        end
        if (ov & (mode != 64'h0)) begin
            req_hs = 1'b0;
            req_ls = 1'b1;
        end
        gate$req_hs = req_hs;
        gate$req_ls = req_ls;
        oc_hit = req_hs & ~iph[32'hb] & (((iph) & 12'hfff) > ph_oc);
        if (oc_hit) begin
            oc_cut$d = 1'b1;
        end
        off = ((((index) & 16'hffff) * ((step) & 16'hffff)) & 16'hffff);
        if (((m_next) & 16'hffff) >= off) begin
            late = m_next - ((off) & 11'h7ff);
        end
        else begin
            late = m_next + period - ((off) & 11'h7ff);
        end
        if (armed$q) begin
            start = active & ((t$q + 32'h1) == len$q);
        end
        else begin
            start = active & (late == 32'h0);
        end
        iph_x = ((iph) & 24'hffffff);
        if (iph[32'hb]) begin
            iph_x = ((iph) & 24'hffffff) | 64'hfff000;
        end
        total = acc$q + iph_x;
        avg_mul$a = total;
        avg_mul$b = recip_p;
        bal_hi = ((bal_acc$q[(32'h10)+:(14)]) & 20'hfffff);
        if (bal_acc$q[32'h1d]) begin
            bal_hi = ((bal_acc$q[(32'h10)+:(14)]) & 20'hfffff) | 64'hfc000;
        end
        t256_raw = t256_base + bal_hi;
        t256 = t256_raw;
        if (t256_raw[32'h13]) begin
            t256 = 32'h0;
        end
        else if ((t256_raw ^ 64'h80000) > (t256_max ^ 64'h80000)) begin
            t256 = t256_max;
        end
        sd_sum = ((sd$q) & 9'h1ff) + ((t256[(32'h0)+:(8)]) & 9'h1ff);
        if (start) begin
            if (armed$q & (len$q == period)) begin
                iavg_q$d = avg_mul$p[(32'h10)+:(13)];
            end
            acc$d = 32'h0;
            if (late <= (period >> 32'h1)) begin
                len$d = period - late;
            end
            else begin
                len$d = (period << 32'h1) - late;
            end
            sd$d = sd_sum[(32'h0)+:(8)];
            ton$d = ((t256[(32'h8)+:(12)]) & 11'h7ff) + ((sd_sum[(32'h8)+:(1)]) & 11'h7ff);
            t$d = 32'h0;
            armed$d = 1'b1;
            oc_cut$d = 1'b0;
        end
        else if (armed$q) begin
            t$d = t$q + 32'h1;
            acc$d = total;
        end
        else begin
            t$d = 32'h0;
            acc$d = 32'h0;
        end
        iavg_x18 = ((iavg_q$q) & 18'h3ffff);
        if (iavg_q$q[32'hc]) begin
            iavg_x18 = ((iavg_q$q) & 18'h3ffff) | 64'h3e000;
        end
        iavg_x = ((iavg_q$q) & 14'h3fff);
        if (iavg_q$q[32'hc]) begin
            iavg_x = ((iavg_q$q) & 14'h3fff) | 32'h2000;
        end
        mean_x = ((mean) & 14'h3fff);
        if (mean[32'hc]) begin
            mean_x = ((mean) & 14'h3fff) | 32'h2000;
        end
        dev = iavg_x - mean_x;
        dev_abs = dev;
        if (dev[32'hd]) begin
            dev_abs = ~dev + 32'h1;
        end
        dev_x = ((dev) & 40'hffffffffff);
        if (dev[32'hd]) begin
            dev_x = ((dev) & 40'hffffffffff) | 64'hffffffc000;
        end
        bal_x = ((bal_acc$q) & 40'hffffffffff);
        if (bal_acc$q[32'h1d]) begin
            bal_x = ((bal_acc$q) & 40'hffffffffff) | 64'hffc0000000;
        end
        bal_new = bal_x - (dev_x << kb);
        bal_lim = ((bal_max) & 40'hffffffffff) << 32'h10;
        bal_neg = ~bal_lim + 32'h1;
        imb_hit = 1'b0;
        if (bal_en & active) begin
            if ((bal_new ^ 64'h8000000000) > (bal_lim ^ 64'h8000000000)) begin
                bal_acc$d = ((bal_lim) & 30'h3fffffff);
            end
            else if ((bal_new ^ 64'h8000000000) < (bal_neg ^ 64'h8000000000)) begin
                bal_acc$d = ((bal_neg) & 30'h3fffffff);
            end
            else begin
                bal_acc$d = ((bal_new) & 30'h3fffffff);
            end
            if (((ph_imb) & 14'h3fff) < dev_abs) begin
                if (imb$q >= 32'h3f) begin
                    imb$d = 32'h40;
                    imb_hit = 1'b1;
                end
                else begin
                    imb$d = imb$q + 32'h1;
                end
            end
            else begin
                imb$d = 32'h0;
            end
        end
        if (~active) begin
            armed$d = 1'b0;
            acc$d = 32'h0;
            t$d = 32'h0;
            len$d = period;
            ton$d = 32'h0;
            bal_acc$d = 32'h0;
            oc_cut$d = 1'b0;
            imb$d = 32'h0;
        end
        if (turn_on) begin
            armed$d = 1'b0;
            ton$d = 32'h0;
            sd$d = sd_init;
            bal_acc$d = 32'h0;
            oc_cut$d = 1'b0;
            imb$d = 32'h0;
        end
        if (reset) begin
            t$d = 32'h0;
            len$d = period;
            ton$d = 32'h0;
            sd$d = 32'h0;
            armed$d = 1'b0;
            acc$d = 32'h0;
            iavg_q$d = 32'h0;
            bal_acc$d = 32'h0;
            oc_cut$d = 1'b0;
            imb$d = 32'h0;
        end
        hs = gate$hs;
        ls = gate$ls;
        iavg = iavg_q$q;
        hs_out = hs_in | (((gate$hs) & 16'hffff) << index);
        ls_out = ls_in | (((gate$ls) & 16'hffff) << index);
        itot_out = itot_in;
        iinst_out = iinst_in;
        if (active) begin
            itot_out = itot_in + iavg_x18;
            iinst_out = iinst_in + ((iph_x) & 18'h3ffff);
        end
        oc_out = oc_in | oc_hit;
        imb_out = imb_in | imb_hit;
    end
    
endmodule // gridcore_vrm$phases$1


module gridcore_vrm$phases$1$acc(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$phases$1$acc


module gridcore_vrm$phases$1$armed(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$1$armed


module gridcore_vrm$phases$1$avg_mul(a,b,p);
    
    // Module arguments
    input wire  [23:0] a;
    input wire  [11:0] b;
    output reg  [35:0] p;
    
    // Update code (custom)
    always @(*) p = $signed(a) * $signed(b);
endmodule // gridcore_vrm$phases$1$avg_mul


module gridcore_vrm$phases$1$bal_acc(d,q,clock);
    
    // Module arguments
    input wire  [29:0] d;
    output reg  [29:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 30'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$phases$1$bal_acc


module gridcore_vrm$phases$1$gate(clock,reset,req_hs,req_ls,dt_rise,dt_fall,hs,ls,quiet);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  req_hs;
    input wire  req_ls;
    input wire  [7:0] dt_rise;
    input wire  [7:0] dt_fall;
    output reg  hs;
    output reg  ls;
    output reg  [7:0] quiet;
    
    // Stub signals
    reg  hs_q$d;
    wire  hs_q$q;
    reg  hs_q$clock;
    reg  ls_q$d;
    wire  ls_q$q;
    reg  ls_q$clock;
    reg  [7:0] quiet_q$d;
    wire  [7:0] quiet_q$q;
    reg  quiet_q$clock;
    
    // Local signals
    reg  hs_next;
    reg  ls_next;
    
    // Sub module instances
    gridcore_vrm$phases$1$gate$hs_q hs_q(
        .d(hs_q$d),
        .q(hs_q$q),
        .clock(hs_q$clock)
    );
    gridcore_vrm$phases$1$gate$ls_q ls_q(
        .d(ls_q$d),
        .q(ls_q$q),
        .clock(ls_q$clock)
    );
    gridcore_vrm$phases$1$gate$quiet_q quiet_q(
        .d(quiet_q$d),
        .q(quiet_q$q),
        .clock(quiet_q$clock)
    );
    
    // Update code
    always @(*) begin
        hs_q$clock = clock;
        ls_q$clock = clock;
        quiet_q$clock = clock;
        hs_q$d = hs_q$q;
        ls_q$d = ls_q$q;
        quiet_q$d = quiet_q$q;
        hs_next = req_hs & ~req_ls & ~ls_q$q & (hs_q$q | (quiet_q$q >= dt_rise));
        ls_next = req_ls & ~req_hs & ~hs_q$q & (ls_q$q | (quiet_q$q >= dt_fall));
        hs_q$d = hs_next;
        ls_q$d = ls_next;
        if (hs_next | ls_next) begin
            quiet_q$d = 32'h0;
        end
        else if (quiet_q$q != 32'hff) begin
            quiet_q$d = quiet_q$q + 32'h1;
        end
        if (reset) begin
            hs_q$d = 1'b0;
            ls_q$d = 1'b0;
            quiet_q$d = 32'h0;
        end
        hs = hs_q$q;
        ls = ls_q$q;
        quiet = quiet_q$q;
    end
    
endmodule // gridcore_vrm$phases$1$gate


module gridcore_vrm$phases$1$gate$hs_q(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$1$gate$hs_q


module gridcore_vrm$phases$1$gate$ls_q(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$1$gate$ls_q


module gridcore_vrm$phases$1$gate$quiet_q(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$1$gate$quiet_q


module gridcore_vrm$phases$1$iavg_q(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$1$iavg_q


module gridcore_vrm$phases$1$imb(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$phases$1$imb


module gridcore_vrm$phases$1$len(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$1$len


module gridcore_vrm$phases$1$oc_cut(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$1$oc_cut


module gridcore_vrm$phases$1$sd(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$1$sd


module gridcore_vrm$phases$1$t(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$1$t


module gridcore_vrm$phases$1$ton(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$1$ton


module gridcore_vrm$phases$2(clock,reset,n_active,mode,ov,m_next,step,t256_base,t256_max,dt_rise,dt_fall,iph,ph_oc,turn_on,bal_en,mean,kb,bal_max,ph_imb,hs,ls,iavg,oc_hit,imb_hit,hs_in,hs_out,ls_in,ls_out,itot_in,itot_out,iinst_in,iinst_out,oc_in,oc_out,imb_in,imb_out);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [4:0] n_active;
    input wire  [2:0] mode;
    input wire  ov;
    input wire  [10:0] m_next;
    input wire  [10:0] step;
    input wire  [19:0] t256_base;
    input wire  [19:0] t256_max;
    input wire  [7:0] dt_rise;
    input wire  [7:0] dt_fall;
    input wire  [11:0] iph;
    input wire  [11:0] ph_oc;
    input wire  turn_on;
    input wire  bal_en;
    input wire  [12:0] mean;
    input wire  [4:0] kb;
    input wire  [11:0] bal_max;
    input wire  [11:0] ph_imb;
    output reg  hs;
    output reg  ls;
    output reg  [12:0] iavg;
    output reg  oc_hit;
    output reg  imb_hit;
    input wire  [15:0] hs_in;
    output reg  [15:0] hs_out;
    input wire  [15:0] ls_in;
    output reg  [15:0] ls_out;
    input wire  [17:0] itot_in;
    output reg  [17:0] itot_out;
    input wire  [17:0] iinst_in;
    output reg  [17:0] iinst_out;
    input wire  oc_in;
    output reg  oc_out;
    input wire  imb_in;
    output reg  imb_out;
    
    // Constant declarations
    localparam  index = 5'b10;
    localparam  period = 11'b11001000;
    localparam  recip_p = 12'h148;
    localparam  sd_init = 8'h40;
    
    // Stub signals
    reg  gate$clock;
    reg  gate$reset;
    reg  gate$req_hs;
    reg  gate$req_ls;
    reg  [7:0] gate$dt_rise;
    reg  [7:0] gate$dt_fall;
    wire  gate$hs;
    wire  gate$ls;
    wire  [7:0] gate$quiet;
    reg  [23:0] avg_mul$a;
    reg  [11:0] avg_mul$b;
    wire  [35:0] avg_mul$p;
    reg  [10:0] t$d;
    wire  [10:0] t$q;
    reg  t$clock;
    reg  [10:0] len$d;
    wire  [10:0] len$q;
    reg  len$clock;
    reg  [10:0] ton$d;
    wire  [10:0] ton$q;
    reg  ton$clock;
    reg  [7:0] sd$d;
    wire  [7:0] sd$q;
    reg  sd$clock;
    reg  armed$d;
    wire  armed$q;
    reg  armed$clock;
    reg  [23:0] acc$d;
    wire  [23:0] acc$q;
    reg  acc$clock;
    reg  [12:0] iavg_q$d;
    wire  [12:0] iavg_q$q;
    reg  iavg_q$clock;
    reg  [29:0] bal_acc$d;
    wire  [29:0] bal_acc$q;
    reg  bal_acc$clock;
    reg  oc_cut$d;
    wire  oc_cut$q;
    reg  oc_cut$clock;
    reg  [6:0] imb$d;
    wire  [6:0] imb$q;
    reg  imb$clock;
    
    // Local signals
    reg  active;
    reg  req_hs;
    reg  req_ls;
    reg  [15:0] off;
    reg  [10:0] late;
    reg  start;
    reg  [23:0] iph_x;
    reg  [23:0] total;
    reg  [19:0] bal_hi;
    reg  [19:0] t256_raw;
    reg  [19:0] t256;
    reg  [8:0] sd_sum;
    reg  [13:0] dev;
    reg  [13:0] dev_abs;
    reg  [39:0] dev_x;
    reg  [39:0] bal_x;
    reg  [39:0] bal_new;
    reg  [39:0] bal_lim;
    reg  [39:0] bal_neg;
    reg  [13:0] iavg_x;
    reg  [17:0] iavg_x18;
    reg  [13:0] mean_x;
    
    // Sub module instances
    gridcore_vrm$phases$2$gate gate(
        .clock(gate$clock),
        .reset(gate$reset),
        .req_hs(gate$req_hs),
        .req_ls(gate$req_ls),
        .dt_rise(gate$dt_rise),
        .dt_fall(gate$dt_fall),
        .hs(gate$hs),
        .ls(gate$ls),
        .quiet(gate$quiet)
    );
    gridcore_vrm$phases$2$avg_mul avg_mul(
        .a(avg_mul$a),
        .b(avg_mul$b),
        .p(avg_mul$p)
    );
    gridcore_vrm$phases$2$t t(
        .d(t$d),
        .q(t$q),
        .clock(t$clock)
    );
    gridcore_vrm$phases$2$len len(
        .d(len$d),
        .q(len$q),
        .clock(len$clock)
    );
    gridcore_vrm$phases$2$ton ton(
        .d(ton$d),
        .q(ton$q),
        .clock(ton$clock)
    );
    gridcore_vrm$phases$2$sd sd(
        .d(sd$d),
        .q(sd$q),
        .clock(sd$clock)
    );
    gridcore_vrm$phases$2$armed armed(
        .d(armed$d),
        .q(armed$q),
        .clock(armed$clock)
    );
    gridcore_vrm$phases$2$acc acc(
        .d(acc$d),
        .q(acc$q),
        .clock(acc$clock)
    );
    gridcore_vrm$phases$2$iavg_q iavg_q(
        .d(iavg_q$d),
        .q(iavg_q$q),
        .clock(iavg_q$clock)
    );
    gridcore_vrm$phases$2$bal_acc bal_acc(
        .d(bal_acc$d),
        .q(bal_acc$q),
        .clock(bal_acc$clock)
    );
    gridcore_vrm$phases$2$oc_cut oc_cut(
        .d(oc_cut$d),
        .q(oc_cut$q),
        .clock(oc_cut$clock)
    );
    gridcore_vrm$phases$2$imb imb(
        .d(imb$d),
        .q(imb$q),
        .clock(imb$clock)
    );
    
    // Update code
    always @(*) begin
        t$clock = clock;
        len$clock = clock;
        ton$clock = clock;
        sd$clock = clock;
        armed$clock = clock;
        acc$clock = clock;
        iavg_q$clock = clock;
        bal_acc$clock = clock;
        oc_cut$clock = clock;
        imb$clock = clock;
        t$d = t$q;
        len$d = len$q;
        ton$d = ton$q;
        sd$d = sd$q;
        armed$d = armed$q;
        acc$d = acc$q;
        iavg_q$d = iavg_q$q;
        bal_acc$d = bal_acc$q;
        oc_cut$d = oc_cut$q;
        imb$d = imb$q;
        gate$clock = clock;
        gate$reset = reset;
        gate$dt_rise = dt_rise;
        gate$dt_fall = dt_fall;
        active = index < n_active;
        req_hs = 1'b0;
        req_ls = 1'b0;
        if ((mode == 64'h1) & active & armed$q) begin
            if ((t$q < ton$q) & ~oc_cut$q) begin
                req_hs = 1'b1;
            end
            else begin
                req_ls = 1'b1;
            end
        end
        if ((mode == 64'h2) & active) begin
            if (oc_cut$q) begin
                req_ls = 1'b1;
            end
            else begin
                req_hs = 1'b1;
            end
        end
        if (mode == 64'h3) begin
            req_ls = active;
        end
        if (ov & (mode != 64'h0)) begin
            req_hs = 1'b0;
            req_ls = 1'b1;
        end
        gate$req_hs = req_hs;
        gate$req_ls = req_ls;
        oc_hit = req_hs & ~iph[32'hb] & (((iph) & 12'hfff) > ph_oc);
        if (oc_hit) begin
            oc_cut$d = 1'b1;
        end
        off = ((((index) & 16'hffff) * ((step) & 16'hffff)) & 16'hffff);
        if (((m_next) & 16'hffff) >= off) begin
            late = m_next - ((off) & 11'h7ff);
        end
        else begin
            late = m_next + period - ((off) & 11'h7ff);
        end
        if (armed$q) begin
            start = active & ((t$q + 32'h1) == len$q);
        end
        else begin
            start = active & (late == 32'h0);
        end
        iph_x = ((iph) & 24'hffffff);
        if (iph[32'hb]) begin
            iph_x = ((iph) & 24'hffffff) | 64'hfff000;
        end
        total = acc$q + iph_x;
        avg_mul$a = total;
        avg_mul$b = recip_p;
        bal_hi = ((bal_acc$q[(32'h10)+:(14)]) & 20'hfffff);
        if (bal_acc$q[32'h1d]) begin
            bal_hi = ((bal_acc$q[(32'h10)+:(14)]) & 20'hfffff) | 64'hfc000;
        end
        t256_raw = t256_base + bal_hi;
        t256 = t256_raw;
        if (t256_raw[32'h13]) begin
            t256 = 32'h0;
        end
        else if ((t256_raw ^ 64'h80000) > (t256_max ^ 64'h80000)) begin
            t256 = t256_max;
        end
        sd_sum = ((sd$q) & 9'h1ff) + ((t256[(32'h0)+:(8)]) & 9'h1ff);
        if (start) begin
            if (armed$q & (len$q == period)) begin
                iavg_q$d = avg_mul$p[(32'h10)+:(13)];
            end
            acc$d = 32'h0;
            if (late <= (period >> 32'h1)) begin
                len$d = period - late;
            end
            else begin
                len$d = (period << 32'h1) - late;
            end
            sd$d = sd_sum[(32'h0)+:(8)];
            ton$d = ((t256[(32'h8)+:(12)]) & 11'h7ff) + ((sd_sum[(32'h8)+:(1)]) & 11'h7ff);
            t$d = 32'h0;
            armed$d = 1'b1;
            oc_cut$d = 1'b0;
        end
        else if (armed$q) begin
            t$d = t$q + 32'h1;
            acc$d = total;
        end
        else begin
            t$d = 32'h0;
            acc$d = 32'h0;
        end
        iavg_x18 = ((iavg_q$q) & 18'h3ffff);
        if (iavg_q$q[32'hc]) begin
            iavg_x18 = ((iavg_q$q) & 18'h3ffff) | 64'h3e000;
        end
        iavg_x = ((iavg_q$q) & 14'h3fff);
        if (iavg_q$q[32'hc]) begin
            iavg_x = ((iavg_q$q) & 14'h3fff) | 32'h2000;
        end
        mean_x = ((mean) & 14'h3fff);
        if (mean[32'hc]) begin
            mean_x = ((mean) & 14'h3fff) | 32'h2000;
        end
        dev = iavg_x - mean_x;
        dev_abs = dev;
        if (dev[32'hd]) begin
            dev_abs = ~dev + 32'h1;
        end
        dev_x = ((dev) & 40'hffffffffff);
        if (dev[32'hd]) begin
            dev_x = ((dev) & 40'hffffffffff) | 64'hffffffc000;
        end
        bal_x = ((bal_acc$q) & 40'hffffffffff);
        if (bal_acc$q[32'h1d]) begin
            bal_x = ((bal_acc$q) & 40'hffffffffff) | 64'hffc0000000;
        end
        bal_new = bal_x - (dev_x << kb);
        bal_lim = ((bal_max) & 40'hffffffffff) << 32'h10;
        bal_neg = ~bal_lim + 32'h1;
        imb_hit = 1'b0;
        if (bal_en & active) begin
            if ((bal_new ^ 64'h8000000000) > (bal_lim ^ 64'h8000000000)) begin
                bal_acc$d = ((bal_lim) & 30'h3fffffff);
            end
            else if ((bal_new ^ 64'h8000000000) < (bal_neg ^ 64'h8000000000)) begin
                bal_acc$d = ((bal_neg) & 30'h3fffffff);
            end
            else begin
                bal_acc$d = ((bal_new) & 30'h3fffffff);
            end
            if (((ph_imb) & 14'h3fff) < dev_abs) begin
                if (imb$q >= 32'h3f) begin
                    imb$d = 32'h40;
                    imb_hit = 1'b1;
                end
                else begin
                    imb$d = imb$q + 32'h1;
                end
            end
            else begin
                imb$d = 32'h0;
            end
        end
        if (~active) begin
            armed$d = 1'b0;
            acc$d = 32'h0;
            t$d = 32'h0;
            len$d = period;
            ton$d = 32'h0;
            bal_acc$d = 32'h0;
            oc_cut$d = 1'b0;
            imb$d = 32'h0;
        end
        if (turn_on) begin
            armed$d = 1'b0;
            ton$d = 32'h0;
            sd$d = sd_init;
            bal_acc$d = 32'h0;
            oc_cut$d = 1'b0;
            imb$d = 32'h0;
        end
        if (reset) begin
            t$d = 32'h0;
            len$d = period;
            ton$d = 32'h0;
            sd$d = 32'h0;
            armed$d = 1'b0;
            acc$d = 32'h0;
            iavg_q$d = 32'h0;
            bal_acc$d = 32'h0;
            oc_cut$d = 1'b0;
            imb$d = 32'h0;
        end
        hs = gate$hs;
        ls = gate$ls;
        iavg = iavg_q$q;
        hs_out = hs_in | (((gate$hs) & 16'hffff) << index);
        ls_out = ls_in | (((gate$ls) & 16'hffff) << index);
        itot_out = itot_in;
        iinst_out = iinst_in;
        if (active) begin
            itot_out = itot_in + iavg_x18;
            iinst_out = iinst_in + ((iph_x) & 18'h3ffff);
        end
        oc_out = oc_in | oc_hit;
        imb_out = imb_in | imb_hit;
    end
    
endmodule // gridcore_vrm$phases$2


module gridcore_vrm$phases$2$acc(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$phases$2$acc


module gridcore_vrm$phases$2$armed(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$2$armed


module gridcore_vrm$phases$2$avg_mul(a,b,p);
    
    // Module arguments
    input wire  [23:0] a;
    input wire  [11:0] b;
    output reg  [35:0] p;
    
    // Update code (custom)
    always @(*) p = $signed(a) * $signed(b);
endmodule // gridcore_vrm$phases$2$avg_mul


module gridcore_vrm$phases$2$bal_acc(d,q,clock);
    
    // Module arguments
    input wire  [29:0] d;
    output reg  [29:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 30'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$phases$2$bal_acc


module gridcore_vrm$phases$2$gate(clock,reset,req_hs,req_ls,dt_rise,dt_fall,hs,ls,quiet);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  req_hs;
    input wire  req_ls;
    input wire  [7:0] dt_rise;
    input wire  [7:0] dt_fall;
    output reg  hs;
    output reg  ls;
    output reg  [7:0] quiet;
    
    // Stub signals
    reg  hs_q$d;
    wire  hs_q$q;
    reg  hs_q$clock;
    reg  ls_q$d;
    wire  ls_q$q;
    reg  ls_q$clock;
    reg  [7:0] quiet_q$d;
    wire  [7:0] quiet_q$q;
    reg  quiet_q$clock;
    
    // Local signals
    reg  hs_next;
    reg  ls_next;
    
    // Sub module instances
    gridcore_vrm$phases$2$gate$hs_q hs_q(
        .d(hs_q$d),
        .q(hs_q$q),
        .clock(hs_q$clock)
    );
    gridcore_vrm$phases$2$gate$ls_q ls_q(
        .d(ls_q$d),
        .q(ls_q$q),
        .clock(ls_q$clock)
    );
    gridcore_vrm$phases$2$gate$quiet_q quiet_q(
        .d(quiet_q$d),
        .q(quiet_q$q),
        .clock(quiet_q$clock)
    );
    
    // Update code
    always @(*) begin
        hs_q$clock = clock;
        ls_q$clock = clock;
        quiet_q$clock = clock;
        hs_q$d = hs_q$q;
        ls_q$d = ls_q$q;
        quiet_q$d = quiet_q$q;
        hs_next = req_hs & ~req_ls & ~ls_q$q & (hs_q$q | (quiet_q$q >= dt_rise));
        ls_next = req_ls & ~req_hs & ~hs_q$q & (ls_q$q | (quiet_q$q >= dt_fall));
        hs_q$d = hs_next;
        ls_q$d = ls_next;
        if (hs_next | ls_next) begin
            quiet_q$d = 32'h0;
        end
        else if (quiet_q$q != 32'hff) begin
            quiet_q$d = quiet_q$q + 32'h1;
        end
        if (reset) begin
            hs_q$d = 1'b0;
            ls_q$d = 1'b0;
            quiet_q$d = 32'h0;
        end
        hs = hs_q$q;
        ls = ls_q$q;
        quiet = quiet_q$q;
    end
    
endmodule // gridcore_vrm$phases$2$gate


module gridcore_vrm$phases$2$gate$hs_q(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$2$gate$hs_q


module gridcore_vrm$phases$2$gate$ls_q(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$2$gate$ls_q


module gridcore_vrm$phases$2$gate$quiet_q(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$2$gate$quiet_q


module gridcore_vrm$phases$2$iavg_q(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$2$iavg_q


module gridcore_vrm$phases$2$imb(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$phases$2$imb


module gridcore_vrm$phases$2$len(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$2$len


module gridcore_vrm$phases$2$oc_cut(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$2$oc_cut


module gridcore_vrm$phases$2$sd(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$2$sd


module gridcore_vrm$phases$2$t(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$2$t


module gridcore_vrm$phases$2$ton(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$2$ton


module gridcore_vrm$phases$3(clock,reset,n_active,mode,ov,m_next,step,t256_base,t256_max,dt_rise,dt_fall,iph,ph_oc,turn_on,bal_en,mean,kb,bal_max,ph_imb,hs,ls,iavg,oc_hit,imb_hit,hs_in,hs_out,ls_in,ls_out,itot_in,itot_out,iinst_in,iinst_out,oc_in,oc_out,imb_in,imb_out);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [4:0] n_active;
    input wire  [2:0] mode;
    input wire  ov;
    input wire  [10:0] m_next;
    input wire  [10:0] step;
    input wire  [19:0] t256_base;
    input wire  [19:0] t256_max;
    input wire  [7:0] dt_rise;
    input wire  [7:0] dt_fall;
    input wire  [11:0] iph;
    input wire  [11:0] ph_oc;
    input wire  turn_on;
    input wire  bal_en;
    input wire  [12:0] mean;
    input wire  [4:0] kb;
    input wire  [11:0] bal_max;
    input wire  [11:0] ph_imb;
    output reg  hs;
    output reg  ls;
    output reg  [12:0] iavg;
    output reg  oc_hit;
    output reg  imb_hit;
    input wire  [15:0] hs_in;
    output reg  [15:0] hs_out;
    input wire  [15:0] ls_in;
    output reg  [15:0] ls_out;
    input wire  [17:0] itot_in;
    output reg  [17:0] itot_out;
    input wire  [17:0] iinst_in;
    output reg  [17:0] iinst_out;
    input wire  oc_in;
    output reg  oc_out;
    input wire  imb_in;
    output reg  imb_out;
    
    // Constant declarations
    localparam  index = 5'b11;
    localparam  period = 11'b11001000;
    localparam  recip_p = 12'h148;
    localparam  sd_init = 8'h60;
    
    // Stub signals
    reg  gate$clock;
    reg  gate$reset;
    reg  gate$req_hs;
    reg  gate$req_ls;
    reg  [7:0] gate$dt_rise;
    reg  [7:0] gate$dt_fall;
    wire  gate$hs;
    wire  gate$ls;
    wire  [7:0] gate$quiet;
    reg  [23:0] avg_mul$a;
    reg  [11:0] avg_mul$b;
    wire  [35:0] avg_mul$p;
    reg  [10:0] t$d;
    wire  [10:0] t$q;
    reg  t$clock;
    reg  [10:0] len$d;
    wire  [10:0] len$q;
    reg  len$clock;
    reg  [10:0] ton$d;
    wire  [10:0] ton$q;
    reg  ton$clock;
    reg  [7:0] sd$d;
    wire  [7:0] sd$q;
    reg  sd$clock;
    reg  armed$d;
    wire  armed$q;
    reg  armed$clock;
    reg  [23:0] acc$d;
    wire  [23:0] acc$q;
    reg  acc$clock;
    reg  [12:0] iavg_q$d;
    wire  [12:0] iavg_q$q;
    reg  iavg_q$clock;
    reg  [29:0] bal_acc$d;
    wire  [29:0] bal_acc$q;
    reg  bal_acc$clock;
    reg  oc_cut$d;
    wire  oc_cut$q;
    reg  oc_cut$clock;
    reg  [6:0] imb$d;
    wire  [6:0] imb$q;
    reg  imb$clock;
    
    // Local signals
    reg  active;
    reg  req_hs;
    reg  req_ls;
    reg  [15:0] off;
    reg  [10:0] late;
    reg  start;
    reg  [23:0] iph_x;
    reg  [23:0] total;
    reg  [19:0] bal_hi;
    reg  [19:0] t256_raw;
    reg  [19:0] t256;
    reg  [8:0] sd_sum;
    reg  [13:0] dev;
    reg  [13:0] dev_abs;
    reg  [39:0] dev_x;
    reg  [39:0] bal_x;
    reg  [39:0] bal_new;
    reg  [39:0] bal_lim;
    reg  [39:0] bal_neg;
    reg  [13:0] iavg_x;
    reg  [17:0] iavg_x18;
    reg  [13:0] mean_x;
    
    // Sub module instances
    gridcore_vrm$phases$3$gate gate(
        .clock(gate$clock),
        .reset(gate$reset),
        .req_hs(gate$req_hs),
        .req_ls(gate$req_ls),
        .dt_rise(gate$dt_rise),
        .dt_fall(gate$dt_fall),
        .hs(gate$hs),
        .ls(gate$ls),
        .quiet(gate$quiet)
    );
    gridcore_vrm$phases$3$avg_mul avg_mul(
        .a(avg_mul$a),
        .b(avg_mul$b),
        .p(avg_mul$p)
    );
    gridcore_vrm$phases$3$t t(
        .d(t$d),
        .q(t$q),
        .clock(t$clock)
    );
    gridcore_vrm$phases$3$len len(
        .d(len$d),
        .q(len$q),
        .clock(len$clock)
    );
    gridcore_vrm$phases$3$ton ton(
        .d(ton$d),
        .q(ton$q),
        .clock(ton$clock)
    );
    gridcore_vrm$phases$3$sd sd(
        .d(sd$d),
        .q(sd$q),
        .clock(sd$clock)
    );
    gridcore_vrm$phases$3$armed armed(
        .d(armed$d),
        .q(armed$q),
        .clock(armed$clock)
    );
    gridcore_vrm$phases$3$acc acc(
        .d(acc$d),
        .q(acc$q),
        .clock(acc$clock)
    );
    gridcore_vrm$phases$3$iavg_q iavg_q(
        .d(iavg_q$d),
        .q(iavg_q$q),
        .clock(iavg_q$clock)
    );
    gridcore_vrm$phases$3$bal_acc bal_acc(
        .d(bal_acc$d),
        .q(bal_acc$q),
        .clock(bal_acc$clock)
    );
    gridcore_vrm$phases$3$oc_cut oc_cut(
        .d(oc_cut$d),
        .q(oc_cut$q),
        .clock(oc_cut$clock)
    );
    gridcore_vrm$phases$3$imb imb(
        .d(imb$d),
        .q(imb$q),
        .clock(imb$clock)
    );
    
    // Update code
    always @(*) begin
        t$clock = clock;
        len$clock = clock;
        ton$clock = clock;
        sd$clock = clock;
        armed$clock = clock;
        acc$clock = clock;
        iavg_q$clock = clock;
        bal_acc$clock = clock;
        oc_cut$clock = clock;
        imb$clock = clock;
        t$d = t$q;
        len$d = len$q;
        ton$d = ton$q;
        sd$d = sd$q;
        armed$d = armed$q;
        acc$d = acc$q;
        iavg_q$d = iavg_q$q;
        bal_acc$d = bal_acc$q;
        oc_cut$d = oc_cut$q;
        imb$d = imb$q;
        gate$clock = clock;
        gate$reset = reset;
        gate$dt_rise = dt_rise;
        gate$dt_fall = dt_fall;
        active = index < n_active;
        req_hs = 1'b0;
        req_ls = 1'b0;
        if ((mode == 64'h1) & active & armed$q) begin
            if ((t$q < ton$q) & ~oc_cut$q) begin
                req_hs = 1'b1;
            end
            else begin
                req_ls = 1'b1;
            end
        end
        if ((mode == 64'h2) & active) begin
            if (oc_cut$q) begin
                req_ls = 1'b1;
            end
            else begin
                req_hs = 1'b1;
            end
        end
        if (mode == 64'h3) begin
            req_ls = active;
        end
        if (ov & (mode != 64'h0)) begin
            req_hs = 1'b0;
            req_ls = 1'b1;
        end
        gate$req_hs = req_hs;
        gate$req_ls = req_ls;
        oc_hit = req_hs & ~iph[32'hb] & (((iph) & 12'hfff) > ph_oc);
        if (oc_hit) begin
            oc_cut$d = 1'b1;
        end
        off = ((((index) & 16'hffff) * ((step) & 16'hffff)) & 16'hffff);
        if (((m_next) & 16'hffff) >= off) begin
            late = m_next - ((off) & 11'h7ff);
        end
        else begin
            late = m_next + period - ((off) & 11'h7ff);
        end
        if (armed$q) begin
            start = active & ((t$q + 32'h1) == len$q);
        end
        else begin
            start = active & (late == 32'h0);
        end
        iph_x = ((iph) & 24'hffffff);
        if (iph[32'hb]) begin
            iph_x = ((iph) & 24'hffffff) | 64'hfff000;
        end
        total = acc$q + iph_x;
        avg_mul$a = total;
        avg_mul$b = recip_p;
        bal_hi = ((bal_acc$q[(32'h10)+:(14)]) & 20'hfffff);
        if (bal_acc$q[32'h1d]) begin
            bal_hi = ((bal_acc$q[(32'h10)+:(14)]) & 20'hfffff) | 64'hfc000;
        end
        t256_raw = t256_base + bal_hi;
        t256 = t256_raw;
        if (t256_raw[32'h13]) begin
            t256 = 32'h0;
        end
        else if ((t256_raw ^ 64'h80000) > (t256_max ^ 64'h80000)) begin
            t256 = t256_max;
        end
        sd_sum = ((sd$q) & 9'h1ff) + ((t256[(32'h0)+:(8)]) & 9'h1ff);
        if (start) begin
            if (armed$q & (len$q == period)) begin
                iavg_q$d = avg_mul$p[(32'h10)+:(13)];
            end
            acc$d = 32'h0;
            if (late <= (period >> 32'h1)) begin
                len$d = period - late;
            end
            else begin
                len$d = (period << 32'h1) - late;
            end
            sd$d = sd_sum[(32'h0)+:(8)];
            ton$d = ((t256[(32'h8)+:(12)]) & 11'h7ff) + ((sd_sum[(32'h8)+:(1)]) & 11'h7ff);
            t$d = 32'h0;
            armed$d = 1'b1;
            oc_cut$d = 1'b0;
        end
        else if (armed$q) begin
            t$d = t$q + 32'h1;
            acc$d = total;
        end
        else begin
            t$d = 32'h0;
            acc$d = 32'h0;
        end
        iavg_x18 = ((iavg_q$q) & 18'h3ffff);
        if (iavg_q$q[32'hc]) begin
            iavg_x18 = ((iavg_q$q) & 18'h3ffff) | 64'h3e000;
        end
        iavg_x = ((iavg_q$q) & 14'h3fff);
        if (iavg_q$q[32'hc]) begin
            iavg_x = ((iavg_q$q) & 14'h3fff) | 32'h2000;
        end
        mean_x = ((mean) & 14'h3fff);
        if (mean[32'hc]) begin
            mean_x = ((mean) & 14'h3fff) | 32'h2000;
        end
        dev = iavg_x - mean_x;
        dev_abs = dev;
        if (dev[32'hd]) begin
            dev_abs = ~dev + 32'h1;
        end
        dev_x = ((dev) & 40'hffffffffff);
        if (dev[32'hd]) begin
            dev_x = ((dev) & 40'hffffffffff) | 64'hffffffc000;
        end
        bal_x = ((bal_acc$q) & 40'hffffffffff);
        if (bal_acc$q[32'h1d]) begin
            bal_x = ((bal_acc$q) & 40'hffffffffff) | 64'hffc0000000;
        end
        bal_new = bal_x - (dev_x << kb);
        bal_lim = ((bal_max) & 40'hffffffffff) << 32'h10;
        bal_neg = ~bal_lim + 32'h1;
        imb_hit = 1'b0;
        if (bal_en & active) begin
            if ((bal_new ^ 64'h8000000000) > (bal_lim ^ 64'h8000000000)) begin
                bal_acc$d = ((bal_lim) & 30'h3fffffff);
            end
            else if ((bal_new ^ 64'h8000000000) < (bal_neg ^ 64'h8000000000)) begin
                bal_acc$d = ((bal_neg) & 30'h3fffffff);
            end
            else begin
                bal_acc$d = ((bal_new) & 30'h3fffffff);
            end
            if (((ph_imb) & 14'h3fff) < dev_abs) begin
                if (imb$q >= 32'h3f) begin
                    imb$d = 32'h40;
                    imb_hit = 1'b1;
                end
                else begin
                    imb$d = imb$q + 32'h1;
                end
            end
            else begin
                imb$d = 32'h0;
            end
        end
        if (~active) begin
            armed$d = 1'b0;
            acc$d = 32'h0;
            t$d = 32'h0;
            len$d = period;
            ton$d = 32'h0;
            bal_acc$d = 32'h0;
            oc_cut$d = 1'b0;
            imb$d = 32'h0;
        end
        if (turn_on) begin
            armed$d = 1'b0;
            ton$d = 32'h0;
            sd$d = sd_init;
            bal_acc$d = 32'h0;
            oc_cut$d = 1'b0;
            imb$d = 32'h0;
        end
        if (reset) begin
            t$d = 32'h0;
            len$d = period;
            ton$d = 32'h0;
            sd$d = 32'h0;
            armed$d = 1'b0;
            acc$d = 32'h0;
            iavg_q$d = 32'h0;
            bal_acc$d = 32'h0;
            oc_cut$d = 1'b0;
            imb$d = 32'h0;
        end
        hs = gate$hs;
        ls = gate$ls;
        iavg = iavg_q$q;
        hs_out = hs_in | (((gate$hs) & 16'hffff) << index);
        ls_out = ls_in | (((gate$ls) & 16'hffff) << index);
        itot_out = itot_in;
        iinst_out = iinst_in;
        if (active) begin
            itot_out = itot_in + iavg_x18;
            iinst_out = iinst_in + ((iph_x) & 18'h3ffff);
        end
        oc_out = oc_in | oc_hit;
        imb_out = imb_in | imb_hit;
    end
    
endmodule // gridcore_vrm$phases$3


module gridcore_vrm$phases$3$acc(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$phases$3$acc


module gridcore_vrm$phases$3$armed(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$3$armed


module gridcore_vrm$phases$3$avg_mul(a,b,p);
    
    // Module arguments
    input wire  [23:0] a;
    input wire  [11:0] b;
    output reg  [35:0] p;
    
    // Update code (custom)
    always @(*) p = $signed(a) * $signed(b);
endmodule // gridcore_vrm$phases$3$avg_mul


module gridcore_vrm$phases$3$bal_acc(d,q,clock);
    
    // Module arguments
    input wire  [29:0] d;
    output reg  [29:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 30'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$phases$3$bal_acc


module gridcore_vrm$phases$3$gate(clock,reset,req_hs,req_ls,dt_rise,dt_fall,hs,ls,quiet);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  req_hs;
    input wire  req_ls;
    input wire  [7:0] dt_rise;
    input wire  [7:0] dt_fall;
    output reg  hs;
    output reg  ls;
    output reg  [7:0] quiet;
    
    // Stub signals
    reg  hs_q$d;
    wire  hs_q$q;
    reg  hs_q$clock;
    reg  ls_q$d;
    wire  ls_q$q;
    reg  ls_q$clock;
    reg  [7:0] quiet_q$d;
    wire  [7:0] quiet_q$q;
    reg  quiet_q$clock;
    
    // Local signals
    reg  hs_next;
    reg  ls_next;
    
    // Sub module instances
    gridcore_vrm$phases$3$gate$hs_q hs_q(
        .d(hs_q$d),
        .q(hs_q$q),
        .clock(hs_q$clock)
    );
    gridcore_vrm$phases$3$gate$ls_q ls_q(
        .d(ls_q$d),
        .q(ls_q$q),
        .clock(ls_q$clock)
    );
    gridcore_vrm$phases$3$gate$quiet_q quiet_q(
        .d(quiet_q$d),
        .q(quiet_q$q),
        .clock(quiet_q$clock)
    );
    
    // Update code
    always @(*) begin
        hs_q$clock = clock;
        ls_q$clock = clock;
        quiet_q$clock = clock;
        hs_q$d = hs_q$q;
        ls_q$d = ls_q$q;
        quiet_q$d = quiet_q$q;
        hs_next = req_hs & ~req_ls & ~ls_q$q & (hs_q$q | (quiet_q$q >= dt_rise));
        ls_next = req_ls & ~req_hs & ~hs_q$q & (ls_q$q | (quiet_q$q >= dt_fall));
        hs_q$d = hs_next;
        ls_q$d = ls_next;
        if (hs_next | ls_next) begin
            quiet_q$d = 32'h0;
        end
        else if (quiet_q$q != 32'hff) begin
            quiet_q$d = quiet_q$q + 32'h1;
        end
        if (reset) begin
            hs_q$d = 1'b0;
            ls_q$d = 1'b0;
            quiet_q$d = 32'h0;
        end
        hs = hs_q$q;
        ls = ls_q$q;
        quiet = quiet_q$q;
    end
    
endmodule // gridcore_vrm$phases$3$gate


module gridcore_vrm$phases$3$gate$hs_q(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$3$gate$hs_q


module gridcore_vrm$phases$3$gate$ls_q(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$3$gate$ls_q


module gridcore_vrm$phases$3$gate$quiet_q(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$3$gate$quiet_q


module gridcore_vrm$phases$3$iavg_q(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$3$iavg_q


module gridcore_vrm$phases$3$imb(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$phases$3$imb


module gridcore_vrm$phases$3$len(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$3$len


module gridcore_vrm$phases$3$oc_cut(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$3$oc_cut


module gridcore_vrm$phases$3$sd(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$3$sd


module gridcore_vrm$phases$3$t(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$3$t


module gridcore_vrm$phases$3$ton(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$3$ton


module gridcore_vrm$phases$4(clock,reset,n_active,mode,ov,m_next,step,t256_base,t256_max,dt_rise,dt_fall,iph,ph_oc,turn_on,bal_en,mean,kb,bal_max,ph_imb,hs,ls,iavg,oc_hit,imb_hit,hs_in,hs_out,ls_in,ls_out,itot_in,itot_out,iinst_in,iinst_out,oc_in,oc_out,imb_in,imb_out);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [4:0] n_active;
    input wire  [2:0] mode;
    input wire  ov;
    input wire  [10:0] m_next;
    input wire  [10:0] step;
    input wire  [19:0] t256_base;
    input wire  [19:0] t256_max;
    input wire  [7:0] dt_rise;
    input wire  [7:0] dt_fall;
    input wire  [11:0] iph;
    input wire  [11:0] ph_oc;
    input wire  turn_on;
    input wire  bal_en;
    input wire  [12:0] mean;
    input wire  [4:0] kb;
    input wire  [11:0] bal_max;
    input wire  [11:0] ph_imb;
    output reg  hs;
    output reg  ls;
    output reg  [12:0] iavg;
    output reg  oc_hit;
    output reg  imb_hit;
    input wire  [15:0] hs_in;
    output reg  [15:0] hs_out;
    input wire  [15:0] ls_in;
    output reg  [15:0] ls_out;
    input wire  [17:0] itot_in;
    output reg  [17:0] itot_out;
    input wire  [17:0] iinst_in;
    output reg  [17:0] iinst_out;
    input wire  oc_in;
    output reg  oc_out;
    input wire  imb_in;
    output reg  imb_out;
    
    // Constant declarations
    localparam  index = 5'b100;
    localparam  period = 11'b11001000;
    localparam  recip_p = 12'h148;
    localparam  sd_init = 8'h80;
    
    // Stub signals
    reg  gate$clock;
    reg  gate$reset;
    reg  gate$req_hs;
    reg  gate$req_ls;
    reg  [7:0] gate$dt_rise;
    reg  [7:0] gate$dt_fall;
    wire  gate$hs;
    wire  gate$ls;
    wire  [7:0] gate$quiet;
    reg  [23:0] avg_mul$a;
    reg  [11:0] avg_mul$b;
    wire  [35:0] avg_mul$p;
    reg  [10:0] t$d;
    wire  [10:0] t$q;
    reg  t$clock;
    reg  [10:0] len$d;
    wire  [10:0] len$q;
    reg  len$clock;
    reg  [10:0] ton$d;
    wire  [10:0] ton$q;
    reg  ton$clock;
    reg  [7:0] sd$d;
    wire  [7:0] sd$q;
    reg  sd$clock;
    reg  armed$d;
    wire  armed$q;
    reg  armed$clock;
    reg  [23:0] acc$d;
    wire  [23:0] acc$q;
    reg  acc$clock;
    reg  [12:0] iavg_q$d;
    wire  [12:0] iavg_q$q;
    reg  iavg_q$clock;
    reg  [29:0] bal_acc$d;
    wire  [29:0] bal_acc$q;
    reg  bal_acc$clock;
    reg  oc_cut$d;
    wire  oc_cut$q;
    reg  oc_cut$clock;
    reg  [6:0] imb$d;
    wire  [6:0] imb$q;
    reg  imb$clock;
    
    // Local signals
    reg  active;
    reg  req_hs;
    reg  req_ls;
    reg  [15:0] off;
    reg  [10:0] late;
    reg  start;
    reg  [23:0] iph_x;
    reg  [23:0] total;
    reg  [19:0] bal_hi;
    reg  [19:0] t256_raw;
    reg  [19:0] t256;
    reg  [8:0] sd_sum;
    reg  [13:0] dev;
    reg  [13:0] dev_abs;
    reg  [39:0] dev_x;
    reg  [39:0] bal_x;
    reg  [39:0] bal_new;
    reg  [39:0] bal_lim;
    reg  [39:0] bal_neg;
    reg  [13:0] iavg_x;
    reg  [17:0] iavg_x18;
    reg  [13:0] mean_x;
    
    // Sub module instances
    gridcore_vrm$phases$4$gate gate(
        .clock(gate$clock),
        .reset(gate$reset),
        .req_hs(gate$req_hs),
        .req_ls(gate$req_ls),
        .dt_rise(gate$dt_rise),
        .dt_fall(gate$dt_fall),
        .hs(gate$hs),
        .ls(gate$ls),
        .quiet(gate$quiet)
    );
    gridcore_vrm$phases$4$avg_mul avg_mul(
        .a(avg_mul$a),
        .b(avg_mul$b),
        .p(avg_mul$p)
    );
    gridcore_vrm$phases$4$t t(
        .d(t$d),
        .q(t$q),
        .clock(t$clock)
    );
    gridcore_vrm$phases$4$len len(
        .d(len$d),
        .q(len$q),
        .clock(len$clock)
    );
    gridcore_vrm$phases$4$ton ton(
        .d(ton$d),
        .q(ton$q),
        .clock(ton$clock)
    );
    gridcore_vrm$phases$4$sd sd(
        .d(sd$d),
        .q(sd$q),
        .clock(sd$clock)
    );
    gridcore_vrm$phases$4$armed armed(
        .d(armed$d),
        .q(armed$q),
        .clock(armed$clock)
    );
    gridcore_vrm$phases$4$acc acc(
        .d(acc$d),
        .q(acc$q),
        .clock(acc$clock)
    );
    gridcore_vrm$phases$4$iavg_q iavg_q(
        .d(iavg_q$d),
        .q(iavg_q$q),
        .clock(iavg_q$clock)
    );
    gridcore_vrm$phases$4$bal_acc bal_acc(
        .d(bal_acc$d),
        .q(bal_acc$q),
        .clock(bal_acc$clock)
    );
    gridcore_vrm$phases$4$oc_cut oc_cut(
        .d(oc_cut$d),
        .q(oc_cut$q),
        .clock(oc_cut$clock)
    );
    gridcore_vrm$phases$4$imb imb(
        .d(imb$d),
        .q(imb$q),
        .clock(imb$clock)
    );
    
    // Update code
    always @(*) begin
        t$clock = clock;
        len$clock = clock;
        ton$clock = clock;
        sd$clock = clock;
        armed$clock = clock;
        acc$clock = clock;
        iavg_q$clock = clock;
        bal_acc$clock = clock;
        oc_cut$clock = clock;
        imb$clock = clock;
        t$d = t$q;
        len$d = len$q;
        ton$d = ton$q;
        sd$d = sd$q;
        armed$d = armed$q;
        acc$d = acc$q;
        iavg_q$d = iavg_q$q;
        bal_acc$d = bal_acc$q;
        oc_cut$d = oc_cut$q;
        imb$d = imb$q;
        gate$clock = clock;
        gate$reset = reset;
        gate$dt_rise = dt_rise;
        gate$dt_fall = dt_fall;
        active = index < n_active;
        req_hs = 1'b0;
        req_ls = 1'b0;
        if ((mode == 64'h1) & active & armed$q) begin
            if ((t$q < ton$q) & ~oc_cut$q) begin
                req_hs = 1'b1;
            end
            else begin
                req_ls = 1'b1;
            end
        end
        if ((mode == 64'h2) & active) begin
            if (oc_cut$q) begin
                req_ls = 1'b1;
            end
            else begin
                req_hs = 1'b1;
            end
        end
        if (mode == 64'h3) begin
            req_ls = active;
        end
        if (ov & (mode != 64'h0)) begin
            req_hs = 1'b0;
            req_ls = 1'b1;
        end
        gate$req_hs = req_hs;
        gate$req_ls = req_ls;
        oc_hit = req_hs & ~iph[32'hb] & (((iph) & 12'hfff) > ph_oc);
        if (oc_hit) begin
            oc_cut$d = 1'b1;
        end
        off = ((((index) & 16'hffff) * ((step) & 16'hffff)) & 16'hffff);
        if (((m_next) & 16'hffff) >= off) begin
            late = m_next - ((off) & 11'h7ff);
        end
        else begin
            late = m_next + period - ((off) & 11'h7ff);
        end
        if (armed$q) begin
            start = active & ((t$q + 32'h1) == len$q);
        end
        else begin
            start = active & (late == 32'h0);
        end
        iph_x = ((iph) & 24'hffffff);
        if (iph[32'hb]) begin
            iph_x = ((iph) & 24'hffffff) | 64'hfff000;
        end
        total = acc$q + iph_x;
        avg_mul$a = total;
        avg_mul$b = recip_p;
        bal_hi = ((bal_acc$q[(32'h10)+:(14)]) & 20'hfffff);
        if (bal_acc$q[32'h1d]) begin
            bal_hi = ((bal_acc$q[(32'h10)+:(14)]) & 20'hfffff) | 64'hfc000;
        end
        t256_raw = t256_base + bal_hi;
        t256 = t256_raw;
        if (t256_raw[32'h13]) begin
            t256 = 32'h0;
        end
        else if ((t256_raw ^ 64'h80000) > (t256_max ^ 64'h80000)) begin
            t256 = t256_max;
        end
        sd_sum = ((sd$q) & 9'h1ff) + ((t256[(32'h0)+:(8)]) & 9'h1ff);
        if (start) begin
            if (armed$q & (len$q == period)) begin
                iavg_q$d = avg_mul$p[(32'h10)+:(13)];
            end
            acc$d = 32'h0;
            if (late <= (period >> 32'h1)) begin
                len$d = period - late;
            end
            else begin
                len$d = (period << 32'h1) - late;
            end
            sd$d = sd_sum[(32'h0)+:(8)];
            ton$d = ((t256[(32'h8)+:(12)]) & 11'h7ff) + ((sd_sum[(32'h8)+:(1)]) & 11'h7ff);
            t$d = 32'h0;
            armed$d = 1'b1;
            oc_cut$d = 1'b0;
        end
        else if (armed$q) begin
            t$d = t$q + 32'h1;
            acc$d = total;
        end
        else begin
            t$d = 32'h0;
            acc$d = 32'h0;
        end
        iavg_x18 = ((iavg_q$q) & 18'h3ffff);
        if (iavg_q$q[32'hc]) begin
            iavg_x18 = ((iavg_q$q) & 18'h3ffff) | 64'h3e000;
        end
        iavg_x = ((iavg_q$q) & 14'h3fff);
        if (iavg_q$q[32'hc]) begin
            iavg_x = ((iavg_q$q) & 14'h3fff) | 32'h2000;
        end
        mean_x = ((mean) & 14'h3fff);
        if (mean[32'hc]) begin
            mean_x = ((mean) & 14'h3fff) | 32'h2000;
        end
        dev = iavg_x - mean_x;
        dev_abs = dev;
        if (dev[32'hd]) begin
            dev_abs = ~dev + 32'h1;
        end
        dev_x = ((dev) & 40'hffffffffff);
        if (dev[32'hd]) begin
            dev_x = ((dev) & 40'hffffffffff) | 64'hffffffc000;
        end
        bal_x = ((bal_acc$q) & 40'hffffffffff);
        if (bal_acc$q[32'h1d]) begin
            bal_x = ((bal_acc$q) & 40'hffffffffff) | 64'hffc0000000;
        end
        bal_new = bal_x - (dev_x << kb);
        bal_lim = ((bal_max) & 40'hffffffffff) << 32'h10;
        bal_neg = ~bal_lim + 32'h1;
        imb_hit = 1'b0;
        if (bal_en & active) begin
            if ((bal_new ^ 64'h8000000000) > (bal_lim ^ 64'h8000000000)) begin
                bal_acc$d = ((bal_lim) & 30'h3fffffff);
            end
            else if ((bal_new ^ 64'h8000000000) < (bal_neg ^ 64'h8000000000)) begin
                bal_acc$d = ((bal_neg) & 30'h3fffffff);
            end
            else begin
                bal_acc$d = ((bal_new) & 30'h3fffffff);
            end
            if (((ph_imb) & 14'h3fff) < dev_abs) begin
                if (imb$q >= 32'h3f) begin
                    imb$d = 32'h40;
                    imb_hit = 1'b1;
                end
                else begin
                    imb$d = imb$q + 32'h1;
                end
            end
            else begin
                imb$d = 32'h0;
            end
        end
        if (~active) begin
            armed$d = 1'b0;
            acc$d = 32'h0;
            t$d = 32'h0;
            len$d = period;
            ton$d = 32'h0;
            bal_acc$d = 32'h0;
            oc_cut$d = 1'b0;
            imb$d = 32'h0;
        end
        if (turn_on) begin
            armed$d = 1'b0;
            ton$d = 32'h0;
            sd$d = sd_init;
            bal_acc$d = 32'h0;
            oc_cut$d = 1'b0;
            imb$d = 32'h0;
        end
        if (reset) begin
            t$d = 32'h0;
            len$d = period;
            ton$d = 32'h0;
            sd$d = 32'h0;
            armed$d = 1'b0;
            acc$d = 32'h0;
            iavg_q$d = 32'h0;
            bal_acc$d = 32'h0;
            oc_cut$d = 1'b0;
            imb$d = 32'h0;
        end
        hs = gate$hs;
        ls = gate$ls;
        iavg = iavg_q$q;
        hs_out = hs_in | (((gate$hs) & 16'hffff) << index);
        ls_out = ls_in | (((gate$ls) & 16'hffff) << index);
        itot_out = itot_in;
        iinst_out = iinst_in;
        if (active) begin
            itot_out = itot_in + iavg_x18;
            iinst_out = iinst_in + ((iph_x) & 18'h3ffff);
        end
        oc_out = oc_in | oc_hit;
        imb_out = imb_in | imb_hit;
    end
    
endmodule // gridcore_vrm$phases$4


module gridcore_vrm$phases$4$acc(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$phases$4$acc


module gridcore_vrm$phases$4$armed(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$4$armed


module gridcore_vrm$phases$4$avg_mul(a,b,p);
    
    // Module arguments
    input wire  [23:0] a;
    input wire  [11:0] b;
    output reg  [35:0] p;
    
    // Update code (custom)
    always @(*) p = $signed(a) * $signed(b);
endmodule // gridcore_vrm$phases$4$avg_mul


module gridcore_vrm$phases$4$bal_acc(d,q,clock);
    
    // Module arguments
    input wire  [29:0] d;
    output reg  [29:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 30'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$phases$4$bal_acc


module gridcore_vrm$phases$4$gate(clock,reset,req_hs,req_ls,dt_rise,dt_fall,hs,ls,quiet);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  req_hs;
    input wire  req_ls;
    input wire  [7:0] dt_rise;
    input wire  [7:0] dt_fall;
    output reg  hs;
    output reg  ls;
    output reg  [7:0] quiet;
    
    // Stub signals
    reg  hs_q$d;
    wire  hs_q$q;
    reg  hs_q$clock;
    reg  ls_q$d;
    wire  ls_q$q;
    reg  ls_q$clock;
    reg  [7:0] quiet_q$d;
    wire  [7:0] quiet_q$q;
    reg  quiet_q$clock;
    
    // Local signals
    reg  hs_next;
    reg  ls_next;
    
    // Sub module instances
    gridcore_vrm$phases$4$gate$hs_q hs_q(
        .d(hs_q$d),
        .q(hs_q$q),
        .clock(hs_q$clock)
    );
    gridcore_vrm$phases$4$gate$ls_q ls_q(
        .d(ls_q$d),
        .q(ls_q$q),
        .clock(ls_q$clock)
    );
    gridcore_vrm$phases$4$gate$quiet_q quiet_q(
        .d(quiet_q$d),
        .q(quiet_q$q),
        .clock(quiet_q$clock)
    );
    
    // Update code
    always @(*) begin
        hs_q$clock = clock;
        ls_q$clock = clock;
        quiet_q$clock = clock;
        hs_q$d = hs_q$q;
        ls_q$d = ls_q$q;
        quiet_q$d = quiet_q$q;
        hs_next = req_hs & ~req_ls & ~ls_q$q & (hs_q$q | (quiet_q$q >= dt_rise));
        ls_next = req_ls & ~req_hs & ~hs_q$q & (ls_q$q | (quiet_q$q >= dt_fall));
        hs_q$d = hs_next;
        ls_q$d = ls_next;
        if (hs_next | ls_next) begin
            quiet_q$d = 32'h0;
        end
        else if (quiet_q$q != 32'hff) begin
            quiet_q$d = quiet_q$q + 32'h1;
        end
        if (reset) begin
            hs_q$d = 1'b0;
            ls_q$d = 1'b0;
            quiet_q$d = 32'h0;
        end
        hs = hs_q$q;
        ls = ls_q$q;
        quiet = quiet_q$q;
    end
    
endmodule // gridcore_vrm$phases$4$gate


module gridcore_vrm$phases$4$gate$hs_q(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$4$gate$hs_q


module gridcore_vrm$phases$4$gate$ls_q(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$4$gate$ls_q


module gridcore_vrm$phases$4$gate$quiet_q(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$4$gate$quiet_q


module gridcore_vrm$phases$4$iavg_q(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$4$iavg_q


module gridcore_vrm$phases$4$imb(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$phases$4$imb


module gridcore_vrm$phases$4$len(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$4$len


module gridcore_vrm$phases$4$oc_cut(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$4$oc_cut


module gridcore_vrm$phases$4$sd(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$4$sd


module gridcore_vrm$phases$4$t(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$4$t


module gridcore_vrm$phases$4$ton(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$4$ton


module gridcore_vrm$phases$5(clock,reset,n_active,mode,ov,m_next,step,t256_base,t256_max,dt_rise,dt_fall,iph,ph_oc,turn_on,bal_en,mean,kb,bal_max,ph_imb,hs,ls,iavg,oc_hit,imb_hit,hs_in,hs_out,ls_in,ls_out,itot_in,itot_out,iinst_in,iinst_out,oc_in,oc_out,imb_in,imb_out);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [4:0] n_active;
    input wire  [2:0] mode;
    input wire  ov;
    input wire  [10:0] m_next;
    input wire  [10:0] step;
    input wire  [19:0] t256_base;
    input wire  [19:0] t256_max;
    input wire  [7:0] dt_rise;
    input wire  [7:0] dt_fall;
    input wire  [11:0] iph;
    input wire  [11:0] ph_oc;
    input wire  turn_on;
    input wire  bal_en;
    input wire  [12:0] mean;
    input wire  [4:0] kb;
    input wire  [11:0] bal_max;
    input wire  [11:0] ph_imb;
    output reg  hs;
    output reg  ls;
    output reg  [12:0] iavg;
    output reg  oc_hit;
    output reg  imb_hit;
    input wire  [15:0] hs_in;
    output reg  [15:0] hs_out;
    input wire  [15:0] ls_in;
    output reg  [15:0] ls_out;
    input wire  [17:0] itot_in;
    output reg  [17:0] itot_out;
    input wire  [17:0] iinst_in;
    output reg  [17:0] iinst_out;
    input wire  oc_in;
    output reg  oc_out;
    input wire  imb_in;
    output reg  imb_out;
    
    // Constant declarations
    localparam  index = 5'b101;
    localparam  period = 11'b11001000;
    localparam  recip_p = 12'h148;
    localparam  sd_init = 8'ha0;
    
    // Stub signals
    reg  gate$clock;
    reg  gate$reset;
    reg  gate$req_hs;
    reg  gate$req_ls;
    reg  [7:0] gate$dt_rise;
    reg  [7:0] gate$dt_fall;
    wire  gate$hs;
    wire  gate$ls;
    wire  [7:0] gate$quiet;
    reg  [23:0] avg_mul$a;
    reg  [11:0] avg_mul$b;
    wire  [35:0] avg_mul$p;
    reg  [10:0] t$d;
    wire  [10:0] t$q;
    reg  t$clock;
    reg  [10:0] len$d;
    wire  [10:0] len$q;
    reg  len$clock;
    reg  [10:0] ton$d;
    wire  [10:0] ton$q;
    reg  ton$clock;
    reg  [7:0] sd$d;
    wire  [7:0] sd$q;
    reg  sd$clock;
    reg  armed$d;
    wire  armed$q;
    reg  armed$clock;
    reg  [23:0] acc$d;
    wire  [23:0] acc$q;
    reg  acc$clock;
    reg  [12:0] iavg_q$d;
    wire  [12:0] iavg_q$q;
    reg  iavg_q$clock;
    reg  [29:0] bal_acc$d;
    wire  [29:0] bal_acc$q;
    reg  bal_acc$clock;
    reg  oc_cut$d;
    wire  oc_cut$q;
    reg  oc_cut$clock;
    reg  [6:0] imb$d;
    wire  [6:0] imb$q;
    reg  imb$clock;
    
    // Local signals
    reg  active;
    reg  req_hs;
    reg  req_ls;
    reg  [15:0] off;
    reg  [10:0] late;
    reg  start;
    reg  [23:0] iph_x;
    reg  [23:0] total;
    reg  [19:0] bal_hi;
    reg  [19:0] t256_raw;
    reg  [19:0] t256;
    reg  [8:0] sd_sum;
    reg  [13:0] dev;
    reg  [13:0] dev_abs;
    reg  [39:0] dev_x;
    reg  [39:0] bal_x;
    reg  [39:0] bal_new;
    reg  [39:0] bal_lim;
    reg  [39:0] bal_neg;
    reg  [13:0] iavg_x;
    reg  [17:0] iavg_x18;
    reg  [13:0] mean_x;
    
    // Sub module instances
    gridcore_vrm$phases$5$gate gate(
        .clock(gate$clock),
        .reset(gate$reset),
        .req_hs(gate$req_hs),
        .req_ls(gate$req_ls),
        .dt_rise(gate$dt_rise),
        .dt_fall(gate$dt_fall),
        .hs(gate$hs),
        .ls(gate$ls),
        .quiet(gate$quiet)
    );
    gridcore_vrm$phases$5$avg_mul avg_mul(
        .a(avg_mul$a),
        .b(avg_mul$b),
        .p(avg_mul$p)
    );
    gridcore_vrm$phases$5$t t(
        .d(t$d),
        .q(t$q),
        .clock(t$clock)
    );
    gridcore_vrm$phases$5$len len(
        .d(len$d),
        .q(len$q),
        .clock(len$clock)
    );
    gridcore_vrm$phases$5$ton ton(
        .d(ton$d),
        .q(ton$q),
        .clock(ton$clock)
    );
    gridcore_vrm$phases$5$sd sd(
        .d(sd$d),
        .q(sd$q),
        .clock(sd$clock)
    );
    gridcore_vrm$phases$5$armed armed(
        .d(armed$d),
        .q(armed$q),
        .clock(armed$clock)
    );
    gridcore_vrm$phases$5$acc acc(
        .d(acc$d),
        .q(acc$q),
        .clock(acc$clock)
    );
    gridcore_vrm$phases$5$iavg_q iavg_q(
        .d(iavg_q$d),
        .q(iavg_q$q),
        .clock(iavg_q$clock)
    );
    gridcore_vrm$phases$5$bal_acc bal_acc(
        .d(bal_acc$d),
        .q(bal_acc$q),
        .clock(bal_acc$clock)
    );
    gridcore_vrm$phases$5$oc_cut oc_cut(
        .d(oc_cut$d),
        .q(oc_cut$q),
        .clock(oc_cut$clock)
    );
    gridcore_vrm$phases$5$imb imb(
        .d(imb$d),
        .q(imb$q),
        .clock(imb$clock)
    );
    
    // Update code
    always @(*) begin
        t$clock = clock;
        len$clock = clock;
        ton$clock = clock;
        sd$clock = clock;
        armed$clock = clock;
        acc$clock = clock;
        iavg_q$clock = clock;
        bal_acc$clock = clock;
        oc_cut$clock = clock;
        imb$clock = clock;
        t$d = t$q;
        len$d = len$q;
        ton$d = ton$q;
        sd$d = sd$q;
        armed$d = armed$q;
        acc$d = acc$q;
        iavg_q$d = iavg_q$q;
        bal_acc$d = bal_acc$q;
        oc_cut$d = oc_cut$q;
        imb$d = imb$q;
        gate$clock = clock;
        gate$reset = reset;
        gate$dt_rise = dt_rise;
        gate$dt_fall = dt_fall;
        active = index < n_active;
        req_hs = 1'b0;
        req_ls = 1'b0;
        if ((mode == 64'h1) & active & armed$q) begin
            if ((t$q < ton$q) & ~oc_cut$q) begin
                req_hs = 1'b1;
            end
            else begin
                req_ls = 1'b1;
            end
        end
        if ((mode == 64'h2) & active) begin
            if (oc_cut$q) begin
                req_ls = 1'b1;
            end
            else begin
                req_hs = 1'b1;
            end
        end
        if (mode == 64'h3) begin
            req_ls = active;
        end
        if (ov & (mode != 64'h0)) begin
            req_hs = 1'b0;
            req_ls = 1'b1;
        end
        gate$req_hs = req_hs;
        gate$req_ls = req_ls;
        oc_hit = req_hs & ~iph[32'hb] & (((iph) & 12'hfff) > ph_oc);
        if (oc_hit) begin
            oc_cut$d = 1'b1;
        end
        off = ((((index) & 16'hffff) * ((step) & 16'hffff)) & 16'hffff);
        if (((m_next) & 16'hffff) >= off) begin
            late = m_next - ((off) & 11'h7ff);
        end
        else begin
            late = m_next + period - ((off) & 11'h7ff);
        end
        if (armed$q) begin
            start = active & ((t$q + 32'h1) == len$q);
        end
        else begin
            start = active & (late == 32'h0);
        end
        iph_x = ((iph) & 24'hffffff);
        if (iph[32'hb]) begin
            iph_x = ((iph) & 24'hffffff) | 64'hfff000;
        end
        total = acc$q + iph_x;
        avg_mul$a = total;
        avg_mul$b = recip_p;
        bal_hi = ((bal_acc$q[(32'h10)+:(14)]) & 20'hfffff);
        if (bal_acc$q[32'h1d]) begin
            bal_hi = ((bal_acc$q[(32'h10)+:(14)]) & 20'hfffff) | 64'hfc000;
        end
        t256_raw = t256_base + bal_hi;
        t256 = t256_raw;
        if (t256_raw[32'h13]) begin
            t256 = 32'h0;
        end
        else if ((t256_raw ^ 64'h80000) > (t256_max ^ 64'h80000)) begin
            t256 = t256_max;
        end
        sd_sum = ((sd$q) & 9'h1ff) + ((t256[(32'h0)+:(8)]) & 9'h1ff);
        if (start) begin
            if (armed$q & (len$q == period)) begin
                iavg_q$d = avg_mul$p[(32'h10)+:(13)];
            end
            acc$d = 32'h0;
            if (late <= (period >> 32'h1)) begin
                len$d = period - late;
            end
            else begin
                len$d = (period << 32'h1) - late;
            end
            sd$d = sd_sum[(32'h0)+:(8)];
            ton$d = ((t256[(32'h8)+:(12)]) & 11'h7ff) + ((sd_sum[(32'h8)+:(1)]) & 11'h7ff);
            t$d = 32'h0;
            armed$d = 1'b1;
            oc_cut$d = 1'b0;
        end
        else if (armed$q) begin
            t$d = t$q + 32'h1;
            acc$d = total;
        end
        else begin
            t$d = 32'h0;
            acc$d = 32'h0;
        end
        iavg_x18 = ((iavg_q$q) & 18'h3ffff);
        if (iavg_q$q[32'hc]) begin
            iavg_x18 = ((iavg_q$q) & 18'h3ffff) | 64'h3e000;
        end
        iavg_x = ((iavg_q$q) & 14'h3fff);
        if (iavg_q$q[32'hc]) begin
            iavg_x = ((iavg_q$q) & 14'h3fff) | 32'h2000;
        end
        mean_x = ((mean) & 14'h3fff);
        if (mean[32'hc]) begin
            mean_x = ((mean) & 14'h3fff) | 32'h2000;
        end
        dev = iavg_x - mean_x;
        dev_abs = dev;
        if (dev[32'hd]) begin
            dev_abs = ~dev + 32'h1;
        end
        dev_x = ((dev) & 40'hffffffffff);
        if (dev[32'hd]) begin
            dev_x = ((dev) & 40'hffffffffff) | 64'hffffffc000;
        end
        bal_x = ((bal_acc$q) & 40'hffffffffff);
        if (bal_acc$q[32'h1d]) begin
            bal_x = ((bal_acc$q) & 40'hffffffffff) | 64'hffc0000000;
        end
        bal_new = bal_x - (dev_x << kb);
        bal_lim = ((bal_max) & 40'hffffffffff) << 32'h10;
        bal_neg = ~bal_lim + 32'h1;
        imb_hit = 1'b0;
        if (bal_en & active) begin
            if ((bal_new ^ 64'h8000000000) > (bal_lim ^ 64'h8000000000)) begin
                bal_acc$d = ((bal_lim) & 30'h3fffffff);
            end
            else if ((bal_new ^ 64'h8000000000) < (bal_neg ^ 64'h8000000000)) begin
                bal_acc$d = ((bal_neg) & 30'h3fffffff);
            end
            else begin
                bal_acc$d = ((bal_new) & 30'h3fffffff);
            end
            if (((ph_imb) & 14'h3fff) < dev_abs) begin
                if (imb$q >= 32'h3f) begin
                    imb$d = 32'h40;
                    imb_hit = 1'b1;
                end
                else begin
                    imb$d = imb$q + 32'h1;
                end
            end
            else begin
                imb$d = 32'h0;
            end
        end
        if (~active) begin
            armed$d = 1'b0;
            acc$d = 32'h0;
            t$d = 32'h0;
            len$d = period;
            ton$d = 32'h0;
            bal_acc$d = 32'h0;
            oc_cut$d = 1'b0;
            imb$d = 32'h0;
        end
        if (turn_on) begin
            armed$d = 1'b0;
            ton$d = 32'h0;
            sd$d = sd_init;
            bal_acc$d = 32'h0;
            oc_cut$d = 1'b0;
            imb$d = 32'h0;
        end
        if (reset) begin
            t$d = 32'h0;
            len$d = period;
            ton$d = 32'h0;
            sd$d = 32'h0;
            armed$d = 1'b0;
            acc$d = 32'h0;
            iavg_q$d = 32'h0;
            bal_acc$d = 32'h0;
            oc_cut$d = 1'b0;
            imb$d = 32'h0;
        end
        hs = gate$hs;
        ls = gate$ls;
        iavg = iavg_q$q;
        hs_out = hs_in | (((gate$hs) & 16'hffff) << index);
        ls_out = ls_in | (((gate$ls) & 16'hffff) << index);
        itot_out = itot_in;
        iinst_out = iinst_in;
        if (active) begin
            itot_out = itot_in + iavg_x18;
            iinst_out = iinst_in + ((iph_x) & 18'h3ffff);
        end
        oc_out = oc_in | oc_hit;
        imb_out = imb_in | imb_hit;
    end
    
endmodule // gridcore_vrm$phases$5


module gridcore_vrm$phases$5$acc(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$phases$5$acc


module gridcore_vrm$phases$5$armed(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$5$armed


module gridcore_vrm$phases$5$avg_mul(a,b,p);
    
    // Module arguments
    input wire  [23:0] a;
    input wire  [11:0] b;
    output reg  [35:0] p;
    
    // Update code (custom)
    always @(*) p = $signed(a) * $signed(b);
endmodule // gridcore_vrm$phases$5$avg_mul


module gridcore_vrm$phases$5$bal_acc(d,q,clock);
    
    // Module arguments
    input wire  [29:0] d;
    output reg  [29:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 30'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$phases$5$bal_acc


module gridcore_vrm$phases$5$gate(clock,reset,req_hs,req_ls,dt_rise,dt_fall,hs,ls,quiet);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  req_hs;
    input wire  req_ls;
    input wire  [7:0] dt_rise;
    input wire  [7:0] dt_fall;
    output reg  hs;
    output reg  ls;
    output reg  [7:0] quiet;
    
    // Stub signals
    reg  hs_q$d;
    wire  hs_q$q;
    reg  hs_q$clock;
    reg  ls_q$d;
    wire  ls_q$q;
    reg  ls_q$clock;
    reg  [7:0] quiet_q$d;
    wire  [7:0] quiet_q$q;
    reg  quiet_q$clock;
    
    // Local signals
    reg  hs_next;
    reg  ls_next;
    
    // Sub module instances
    gridcore_vrm$phases$5$gate$hs_q hs_q(
        .d(hs_q$d),
        .q(hs_q$q),
        .clock(hs_q$clock)
    );
    gridcore_vrm$phases$5$gate$ls_q ls_q(
        .d(ls_q$d),
        .q(ls_q$q),
        .clock(ls_q$clock)
    );
    gridcore_vrm$phases$5$gate$quiet_q quiet_q(
        .d(quiet_q$d),
        .q(quiet_q$q),
        .clock(quiet_q$clock)
    );
    
    // Update code
    always @(*) begin
        hs_q$clock = clock;
        ls_q$clock = clock;
        quiet_q$clock = clock;
        hs_q$d = hs_q$q;
        ls_q$d = ls_q$q;
        quiet_q$d = quiet_q$q;
        hs_next = req_hs & ~req_ls & ~ls_q$q & (hs_q$q | (quiet_q$q >= dt_rise));
        ls_next = req_ls & ~req_hs & ~hs_q$q & (ls_q$q | (quiet_q$q >= dt_fall));
        hs_q$d = hs_next;
        ls_q$d = ls_next;
        if (hs_next | ls_next) begin
            quiet_q$d = 32'h0;
        end
        else if (quiet_q$q != 32'hff) begin
            quiet_q$d = quiet_q$q + 32'h1;
        end
        if (reset) begin
            hs_q$d = 1'b0;
            ls_q$d = 1'b0;
            quiet_q$d = 32'h0;
        end
        hs = hs_q$q;
        ls = ls_q$q;
        quiet = quiet_q$q;
    end
    
endmodule // gridcore_vrm$phases$5$gate


module gridcore_vrm$phases$5$gate$hs_q(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$5$gate$hs_q


module gridcore_vrm$phases$5$gate$ls_q(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$5$gate$ls_q


module gridcore_vrm$phases$5$gate$quiet_q(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$5$gate$quiet_q


module gridcore_vrm$phases$5$iavg_q(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$5$iavg_q


module gridcore_vrm$phases$5$imb(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$phases$5$imb


module gridcore_vrm$phases$5$len(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$5$len


module gridcore_vrm$phases$5$oc_cut(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$5$oc_cut


module gridcore_vrm$phases$5$sd(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$5$sd


module gridcore_vrm$phases$5$t(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$5$t


module gridcore_vrm$phases$5$ton(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$5$ton


module gridcore_vrm$phases$6(clock,reset,n_active,mode,ov,m_next,step,t256_base,t256_max,dt_rise,dt_fall,iph,ph_oc,turn_on,bal_en,mean,kb,bal_max,ph_imb,hs,ls,iavg,oc_hit,imb_hit,hs_in,hs_out,ls_in,ls_out,itot_in,itot_out,iinst_in,iinst_out,oc_in,oc_out,imb_in,imb_out);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [4:0] n_active;
    input wire  [2:0] mode;
    input wire  ov;
    input wire  [10:0] m_next;
    input wire  [10:0] step;
    input wire  [19:0] t256_base;
    input wire  [19:0] t256_max;
    input wire  [7:0] dt_rise;
    input wire  [7:0] dt_fall;
    input wire  [11:0] iph;
    input wire  [11:0] ph_oc;
    input wire  turn_on;
    input wire  bal_en;
    input wire  [12:0] mean;
    input wire  [4:0] kb;
    input wire  [11:0] bal_max;
    input wire  [11:0] ph_imb;
    output reg  hs;
    output reg  ls;
    output reg  [12:0] iavg;
    output reg  oc_hit;
    output reg  imb_hit;
    input wire  [15:0] hs_in;
    output reg  [15:0] hs_out;
    input wire  [15:0] ls_in;
    output reg  [15:0] ls_out;
    input wire  [17:0] itot_in;
    output reg  [17:0] itot_out;
    input wire  [17:0] iinst_in;
    output reg  [17:0] iinst_out;
    input wire  oc_in;
    output reg  oc_out;
    input wire  imb_in;
    output reg  imb_out;
    
    // Constant declarations
    localparam  index = 5'b110;
    localparam  period = 11'b11001000;
    localparam  recip_p = 12'h148;
    localparam  sd_init = 8'hc0;
    
    // Stub signals
    reg  gate$clock;
    reg  gate$reset;
    reg  gate$req_hs;
    reg  gate$req_ls;
    reg  [7:0] gate$dt_rise;
    reg  [7:0] gate$dt_fall;
    wire  gate$hs;
    wire  gate$ls;
    wire  [7:0] gate$quiet;
    reg  [23:0] avg_mul$a;
    reg  [11:0] avg_mul$b;
    wire  [35:0] avg_mul$p;
    reg  [10:0] t$d;
    wire  [10:0] t$q;
    reg  t$clock;
    reg  [10:0] len$d;
    wire  [10:0] len$q;
    reg  len$clock;
    reg  [10:0] ton$d;
    wire  [10:0] ton$q;
    reg  ton$clock;
    reg  [7:0] sd$d;
    wire  [7:0] sd$q;
    reg  sd$clock;
    reg  armed$d;
    wire  armed$q;
    reg  armed$clock;
    reg  [23:0] acc$d;
    wire  [23:0] acc$q;
    reg  acc$clock;
    reg  [12:0] iavg_q$d;
    wire  [12:0] iavg_q$q;
    reg  iavg_q$clock;
    reg  [29:0] bal_acc$d;
    wire  [29:0] bal_acc$q;
    reg  bal_acc$clock;
    reg  oc_cut$d;
    wire  oc_cut$q;
    reg  oc_cut$clock;
    reg  [6:0] imb$d;
    wire  [6:0] imb$q;
    reg  imb$clock;
    
    // Local signals
    reg  active;
    reg  req_hs;
    reg  req_ls;
    reg  [15:0] off;
    reg  [10:0] late;
    reg  start;
    reg  [23:0] iph_x;
    reg  [23:0] total;
    reg  [19:0] bal_hi;
    reg  [19:0] t256_raw;
    reg  [19:0] t256;
    reg  [8:0] sd_sum;
    reg  [13:0] dev;
    reg  [13:0] dev_abs;
    reg  [39:0] dev_x;
    reg  [39:0] bal_x;
    reg  [39:0] bal_new;
    reg  [39:0] bal_lim;
    reg  [39:0] bal_neg;
    reg  [13:0] iavg_x;
    reg  [17:0] iavg_x18;
    reg  [13:0] mean_x;
    
    // Sub module instances
    gridcore_vrm$phases$6$gate gate(
        .clock(gate$clock),
        .reset(gate$reset),
        .req_hs(gate$req_hs),
        .req_ls(gate$req_ls),
        .dt_rise(gate$dt_rise),
        .dt_fall(gate$dt_fall),
        .hs(gate$hs),
        .ls(gate$ls),
        .quiet(gate$quiet)
    );
    gridcore_vrm$phases$6$avg_mul avg_mul(
        .a(avg_mul$a),
        .b(avg_mul$b),
        .p(avg_mul$p)
    );
    gridcore_vrm$phases$6$t t(
        .d(t$d),
        .q(t$q),
        .clock(t$clock)
    );
    gridcore_vrm$phases$6$len len(
        .d(len$d),
        .q(len$q),
        .clock(len$clock)
    );
    gridcore_vrm$phases$6$ton ton(
        .d(ton$d),
        .q(ton$q),
        .clock(ton$clock)
    );
    gridcore_vrm$phases$6$sd sd(
        .d(sd$d),
        .q(sd$q),
        .clock(sd$clock)
    );
    gridcore_vrm$phases$6$armed armed(
        .d(armed$d),
        .q(armed$q),
        .clock(armed$clock)
    );
    gridcore_vrm$phases$6$acc acc(
        .d(acc$d),
        .q(acc$q),
        .clock(acc$clock)
    );
    gridcore_vrm$phases$6$iavg_q iavg_q(
        .d(iavg_q$d),
        .q(iavg_q$q),
        .clock(iavg_q$clock)
    );
    gridcore_vrm$phases$6$bal_acc bal_acc(
        .d(bal_acc$d),
        .q(bal_acc$q),
        .clock(bal_acc$clock)
    );
    gridcore_vrm$phases$6$oc_cut oc_cut(
        .d(oc_cut$d),
        .q(oc_cut$q),
        .clock(oc_cut$clock)
    );
    gridcore_vrm$phases$6$imb imb(
        .d(imb$d),
        .q(imb$q),
        .clock(imb$clock)
    );
    
    // Update code
    always @(*) begin
        t$clock = clock;
        len$clock = clock;
        ton$clock = clock;
        sd$clock = clock;
        armed$clock = clock;
        acc$clock = clock;
        iavg_q$clock = clock;
        bal_acc$clock = clock;
        oc_cut$clock = clock;
        imb$clock = clock;
        t$d = t$q;
        len$d = len$q;
        ton$d = ton$q;
        sd$d = sd$q;
        armed$d = armed$q;
        acc$d = acc$q;
        iavg_q$d = iavg_q$q;
        bal_acc$d = bal_acc$q;
        oc_cut$d = oc_cut$q;
        imb$d = imb$q;
        gate$clock = clock;
        gate$reset = reset;
        gate$dt_rise = dt_rise;
        gate$dt_fall = dt_fall;
        active = index < n_active;
        req_hs = 1'b0;
        req_ls = 1'b0;
        if ((mode == 64'h1) & active & armed$q) begin
            if ((t$q < ton$q) & ~oc_cut$q) begin
                req_hs = 1'b1;
            end
            else begin
                req_ls = 1'b1;
            end
        end
        if ((mode == 64'h2) & active) begin
            if (oc_cut$q) begin
                req_ls = 1'b1;
            end
            else begin
                req_hs = 1'b1;
            end
        end
        if (mode == 64'h3) begin
            req_ls = active;
        end
        if (ov & (mode != 64'h0)) begin
            req_hs = 1'b0;
            req_ls = 1'b1;
        end
        gate$req_hs = req_hs;
        gate$req_ls = req_ls;
        oc_hit = req_hs & ~iph[32'hb] & (((iph) & 12'hfff) > ph_oc);
        if (oc_hit) begin
            oc_cut$d = 1'b1;
        end
        off = ((((index) & 16'hffff) * ((step) & 16'hffff)) & 16'hffff);
        if (((m_next) & 16'hffff) >= off) begin
            late = m_next - ((off) & 11'h7ff);
        end
        else begin
            late = m_next + period - ((off) & 11'h7ff);
        end
        if (armed$q) begin
            start = active & ((t$q + 32'h1) == len$q);
        end
        else begin
            start = active & (late == 32'h0);
        end
        iph_x = ((iph) & 24'hffffff);
        if (iph[32'hb]) begin
            iph_x = ((iph) & 24'hffffff) | 64'hfff000;
        end
        total = acc$q + iph_x;
        avg_mul$a = total;
        avg_mul$b = recip_p;
        bal_hi = ((bal_acc$q[(32'h10)+:(14)]) & 20'hfffff);
        if (bal_acc$q[32'h1d]) begin
            bal_hi = ((bal_acc$q[(32'h10)+:(14)]) & 20'hfffff) | 64'hfc000;
        end
        t256_raw = t256_base + bal_hi;
        t256 = t256_raw;
        if (t256_raw[32'h13]) begin
            t256 = 32'h0;
        end
        else if ((t256_raw ^ 64'h80000) > (t256_max ^ 64'h80000)) begin
            t256 = t256_max;
        end
        sd_sum = ((sd$q) & 9'h1ff) + ((t256[(32'h0)+:(8)]) & 9'h1ff);
        if (start) begin
            if (armed$q & (len$q == period)) begin
                iavg_q$d = avg_mul$p[(32'h10)+:(13)];
            end
            acc$d = 32'h0;
            if (late <= (period >> 32'h1)) begin
                len$d = period - late;
            end
            else begin
                len$d = (period << 32'h1) - late;
            end
            sd$d = sd_sum[(32'h0)+:(8)];
            ton$d = ((t256[(32'h8)+:(12)]) & 11'h7ff) + ((sd_sum[(32'h8)+:(1)]) & 11'h7ff);
            t$d = 32'h0;
            armed$d = 1'b1;
            oc_cut$d = 1'b0;
        end
        else if (armed$q) begin
            t$d = t$q + 32'h1;
            acc$d = total;
        end
        else begin
            t$d = 32'h0;
            acc$d = 32'h0;
        end
        iavg_x18 = ((iavg_q$q) & 18'h3ffff);
        if (iavg_q$q[32'hc]) begin
            iavg_x18 = ((iavg_q$q) & 18'h3ffff) | 64'h3e000;
        end
        iavg_x = ((iavg_q$q) & 14'h3fff);
        if (iavg_q$q[32'hc]) begin
            iavg_x = ((iavg_q$q) & 14'h3fff) | 32'h2000;
        end
        mean_x = ((mean) & 14'h3fff);
        if (mean[32'hc]) begin
            mean_x = ((mean) & 14'h3fff) | 32'h2000;
        end
        dev = iavg_x - mean_x;
        dev_abs = dev;
        if (dev[32'hd]) begin
            dev_abs = ~dev + 32'h1;
        end
        dev_x = ((dev) & 40'hffffffffff);
        if (dev[32'hd]) begin
            dev_x = ((dev) & 40'hffffffffff) | 64'hffffffc000;
        end
        bal_x = ((bal_acc$q) & 40'hffffffffff);
        if (bal_acc$q[32'h1d]) begin
            bal_x = ((bal_acc$q) & 40'hffffffffff) | 64'hffc0000000;
        end
        bal_new = bal_x - (dev_x << kb);
        bal_lim = ((bal_max) & 40'hffffffffff) << 32'h10;
        bal_neg = ~bal_lim + 32'h1;
        imb_hit = 1'b0;
        if (bal_en & active) begin
            if ((bal_new ^ 64'h8000000000) > (bal_lim ^ 64'h8000000000)) begin
                bal_acc$d = ((bal_lim) & 30'h3fffffff);
            end
            else if ((bal_new ^ 64'h8000000000) < (bal_neg ^ 64'h8000000000)) begin
                bal_acc$d = ((bal_neg) & 30'h3fffffff);
            end
            else begin
                bal_acc$d = ((bal_new) & 30'h3fffffff);
            end
            if (((ph_imb) & 14'h3fff) < dev_abs) begin
                if (imb$q >= 32'h3f) begin
                    imb$d = 32'h40;
                    imb_hit = 1'b1;
                end
                else begin
                    imb$d = imb$q + 32'h1;
                end
            end
            else begin
                imb$d = 32'h0;
            end
        end
        if (~active) begin
            armed$d = 1'b0;
            acc$d = 32'h0;
            t$d = 32'h0;
            len$d = period;
            ton$d = 32'h0;
            bal_acc$d = 32'h0;
            oc_cut$d = 1'b0;
            imb$d = 32'h0;
        end
        if (turn_on) begin
            armed$d = 1'b0;
            ton$d = 32'h0;
            sd$d = sd_init;
            bal_acc$d = 32'h0;
            oc_cut$d = 1'b0;
            imb$d = 32'h0;
        end
        if (reset) begin
            t$d = 32'h0;
            len$d = period;
            ton$d = 32'h0;
            sd$d = 32'h0;
            armed$d = 1'b0;
            acc$d = 32'h0;
            iavg_q$d = 32'h0;
            bal_acc$d = 32'h0;
            oc_cut$d = 1'b0;
            imb$d = 32'h0;
        end
        hs = gate$hs;
        ls = gate$ls;
        iavg = iavg_q$q;
        hs_out = hs_in | (((gate$hs) & 16'hffff) << index);
        ls_out = ls_in | (((gate$ls) & 16'hffff) << index);
        itot_out = itot_in;
        iinst_out = iinst_in;
        if (active) begin
            itot_out = itot_in + iavg_x18;
            iinst_out = iinst_in + ((iph_x) & 18'h3ffff);
        end
        oc_out = oc_in | oc_hit;
        imb_out = imb_in | imb_hit;
    end
    
endmodule // gridcore_vrm$phases$6


module gridcore_vrm$phases$6$acc(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$phases$6$acc


module gridcore_vrm$phases$6$armed(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$6$armed


module gridcore_vrm$phases$6$avg_mul(a,b,p);
    
    // Module arguments
    input wire  [23:0] a;
    input wire  [11:0] b;
    output reg  [35:0] p;
    
    // Update code (custom)
    always @(*) p = $signed(a) * $signed(b);
endmodule // gridcore_vrm$phases$6$avg_mul


module gridcore_vrm$phases$6$bal_acc(d,q,clock);
    
    // Module arguments
    input wire  [29:0] d;
    output reg  [29:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 30'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$phases$6$bal_acc


module gridcore_vrm$phases$6$gate(clock,reset,req_hs,req_ls,dt_rise,dt_fall,hs,ls,quiet);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  req_hs;
    input wire  req_ls;
    input wire  [7:0] dt_rise;
    input wire  [7:0] dt_fall;
    output reg  hs;
    output reg  ls;
    output reg  [7:0] quiet;
    
    // Stub signals
    reg  hs_q$d;
    wire  hs_q$q;
    reg  hs_q$clock;
    reg  ls_q$d;
    wire  ls_q$q;
    reg  ls_q$clock;
    reg  [7:0] quiet_q$d;
    wire  [7:0] quiet_q$q;
    reg  quiet_q$clock;
    
    // Local signals
    reg  hs_next;
    reg  ls_next;
    
    // Sub module instances
    gridcore_vrm$phases$6$gate$hs_q hs_q(
        .d(hs_q$d),
        .q(hs_q$q),
        .clock(hs_q$clock)
    );
    gridcore_vrm$phases$6$gate$ls_q ls_q(
        .d(ls_q$d),
        .q(ls_q$q),
        .clock(ls_q$clock)
    );
    gridcore_vrm$phases$6$gate$quiet_q quiet_q(
        .d(quiet_q$d),
        .q(quiet_q$q),
        .clock(quiet_q$clock)
    );
    
    // Update code
    always @(*) begin
        hs_q$clock = clock;
        ls_q$clock = clock;
        quiet_q$clock = clock;
        hs_q$d = hs_q$q;
        ls_q$d = ls_q$q;
        quiet_q$d = quiet_q$q;
        hs_next = req_hs & ~req_ls & ~ls_q$q & (hs_q$q | (quiet_q$q >= dt_rise));
        ls_next = req_ls & ~req_hs & ~hs_q$q & (ls_q$q | (quiet_q$q >= dt_fall));
        hs_q$d = hs_next;
        ls_q$d = ls_next;
        if (hs_next | ls_next) begin
            quiet_q$d = 32'h0;
        end
        else if (quiet_q$q != 32'hff) begin
            quiet_q$d = quiet_q$q + 32'h1;
        end
        if (reset) begin
            hs_q$d = 1'b0;
            ls_q$d = 1'b0;
            quiet_q$d = 32'h0;
        end
        hs = hs_q$q;
        ls = ls_q$q;
        quiet = quiet_q$q;
    end
    
endmodule // gridcore_vrm$phases$6$gate


module gridcore_vrm$phases$6$gate$hs_q(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$6$gate$hs_q


module gridcore_vrm$phases$6$gate$ls_q(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$6$gate$ls_q


module gridcore_vrm$phases$6$gate$quiet_q(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$6$gate$quiet_q


module gridcore_vrm$phases$6$iavg_q(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$6$iavg_q


module gridcore_vrm$phases$6$imb(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$phases$6$imb


module gridcore_vrm$phases$6$len(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$6$len


module gridcore_vrm$phases$6$oc_cut(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$6$oc_cut


module gridcore_vrm$phases$6$sd(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$6$sd


module gridcore_vrm$phases$6$t(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$6$t


module gridcore_vrm$phases$6$ton(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$6$ton


module gridcore_vrm$phases$7(clock,reset,n_active,mode,ov,m_next,step,t256_base,t256_max,dt_rise,dt_fall,iph,ph_oc,turn_on,bal_en,mean,kb,bal_max,ph_imb,hs,ls,iavg,oc_hit,imb_hit,hs_in,hs_out,ls_in,ls_out,itot_in,itot_out,iinst_in,iinst_out,oc_in,oc_out,imb_in,imb_out);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [4:0] n_active;
    input wire  [2:0] mode;
    input wire  ov;
    input wire  [10:0] m_next;
    input wire  [10:0] step;
    input wire  [19:0] t256_base;
    input wire  [19:0] t256_max;
    input wire  [7:0] dt_rise;
    input wire  [7:0] dt_fall;
    input wire  [11:0] iph;
    input wire  [11:0] ph_oc;
    input wire  turn_on;
    input wire  bal_en;
    input wire  [12:0] mean;
    input wire  [4:0] kb;
    input wire  [11:0] bal_max;
    input wire  [11:0] ph_imb;
    output reg  hs;
    output reg  ls;
    output reg  [12:0] iavg;
    output reg  oc_hit;
    output reg  imb_hit;
    input wire  [15:0] hs_in;
    output reg  [15:0] hs_out;
    input wire  [15:0] ls_in;
    output reg  [15:0] ls_out;
    input wire  [17:0] itot_in;
    output reg  [17:0] itot_out;
    input wire  [17:0] iinst_in;
    output reg  [17:0] iinst_out;
    input wire  oc_in;
    output reg  oc_out;
    input wire  imb_in;
    output reg  imb_out;
    
    // Constant declarations
    localparam  index = 5'b111;
    localparam  period = 11'b11001000;
    localparam  recip_p = 12'h148;
    localparam  sd_init = 8'he0;
    
    // Stub signals
    reg  gate$clock;
    reg  gate$reset;
    reg  gate$req_hs;
    reg  gate$req_ls;
    reg  [7:0] gate$dt_rise;
    reg  [7:0] gate$dt_fall;
    wire  gate$hs;
    wire  gate$ls;
    wire  [7:0] gate$quiet;
    reg  [23:0] avg_mul$a;
    reg  [11:0] avg_mul$b;
    wire  [35:0] avg_mul$p;
    reg  [10:0] t$d;
    wire  [10:0] t$q;
    reg  t$clock;
    reg  [10:0] len$d;
    wire  [10:0] len$q;
    reg  len$clock;
    reg  [10:0] ton$d;
    wire  [10:0] ton$q;
    reg  ton$clock;
    reg  [7:0] sd$d;
    wire  [7:0] sd$q;
    reg  sd$clock;
    reg  armed$d;
    wire  armed$q;
    reg  armed$clock;
    reg  [23:0] acc$d;
    wire  [23:0] acc$q;
    reg  acc$clock;
    reg  [12:0] iavg_q$d;
    wire  [12:0] iavg_q$q;
    reg  iavg_q$clock;
    reg  [29:0] bal_acc$d;
    wire  [29:0] bal_acc$q;
    reg  bal_acc$clock;
    reg  oc_cut$d;
    wire  oc_cut$q;
    reg  oc_cut$clock;
    reg  [6:0] imb$d;
    wire  [6:0] imb$q;
    reg  imb$clock;
    
    // Local signals
    reg  active;
    reg  req_hs;
    reg  req_ls;
    reg  [15:0] off;
    reg  [10:0] late;
    reg  start;
    reg  [23:0] iph_x;
    reg  [23:0] total;
    reg  [19:0] bal_hi;
    reg  [19:0] t256_raw;
    reg  [19:0] t256;
    reg  [8:0] sd_sum;
    reg  [13:0] dev;
    reg  [13:0] dev_abs;
    reg  [39:0] dev_x;
    reg  [39:0] bal_x;
    reg  [39:0] bal_new;
    reg  [39:0] bal_lim;
    reg  [39:0] bal_neg;
    reg  [13:0] iavg_x;
    reg  [17:0] iavg_x18;
    reg  [13:0] mean_x;
    
    // Sub module instances
    gridcore_vrm$phases$7$gate gate(
        .clock(gate$clock),
        .reset(gate$reset),
        .req_hs(gate$req_hs),
        .req_ls(gate$req_ls),
        .dt_rise(gate$dt_rise),
        .dt_fall(gate$dt_fall),
        .hs(gate$hs),
        .ls(gate$ls),
        .quiet(gate$quiet)
    );
    gridcore_vrm$phases$7$avg_mul avg_mul(
        .a(avg_mul$a),
        .b(avg_mul$b),
        .p(avg_mul$p)
    );
    gridcore_vrm$phases$7$t t(
        .d(t$d),
        .q(t$q),
        .clock(t$clock)
    );
    gridcore_vrm$phases$7$len len(
        .d(len$d),
        .q(len$q),
        .clock(len$clock)
    );
    gridcore_vrm$phases$7$ton ton(
        .d(ton$d),
        .q(ton$q),
        .clock(ton$clock)
    );
    gridcore_vrm$phases$7$sd sd(
        .d(sd$d),
        .q(sd$q),
        .clock(sd$clock)
    );
    gridcore_vrm$phases$7$armed armed(
        .d(armed$d),
        .q(armed$q),
        .clock(armed$clock)
    );
    gridcore_vrm$phases$7$acc acc(
        .d(acc$d),
        .q(acc$q),
        .clock(acc$clock)
    );
    gridcore_vrm$phases$7$iavg_q iavg_q(
        .d(iavg_q$d),
        .q(iavg_q$q),
        .clock(iavg_q$clock)
    );
    gridcore_vrm$phases$7$bal_acc bal_acc(
        .d(bal_acc$d),
        .q(bal_acc$q),
        .clock(bal_acc$clock)
    );
    gridcore_vrm$phases$7$oc_cut oc_cut(
        .d(oc_cut$d),
        .q(oc_cut$q),
        .clock(oc_cut$clock)
    );
    gridcore_vrm$phases$7$imb imb(
        .d(imb$d),
        .q(imb$q),
        .clock(imb$clock)
    );
    
    // Update code
    always @(*) begin
        t$clock = clock;
        len$clock = clock;
        ton$clock = clock;
        sd$clock = clock;
        armed$clock = clock;
        acc$clock = clock;
        iavg_q$clock = clock;
        bal_acc$clock = clock;
        oc_cut$clock = clock;
        imb$clock = clock;
        t$d = t$q;
        len$d = len$q;
        ton$d = ton$q;
        sd$d = sd$q;
        armed$d = armed$q;
        acc$d = acc$q;
        iavg_q$d = iavg_q$q;
        bal_acc$d = bal_acc$q;
        oc_cut$d = oc_cut$q;
        imb$d = imb$q;
        gate$clock = clock;
        gate$reset = reset;
        gate$dt_rise = dt_rise;
        gate$dt_fall = dt_fall;
        active = index < n_active;
        req_hs = 1'b0;
        req_ls = 1'b0;
        if ((mode == 64'h1) & active & armed$q) begin
            if ((t$q < ton$q) & ~oc_cut$q) begin
                req_hs = 1'b1;
            end
            else begin
                req_ls = 1'b1;
            end
        end
        if ((mode == 64'h2) & active) begin
            if (oc_cut$q) begin
                req_ls = 1'b1;
            end
            else begin
                req_hs = 1'b1;
            end
        end
        if (mode == 64'h3) begin
            req_ls = active;
        end
        if (ov & (mode != 64'h0)) begin
            req_hs = 1'b0;
            req_ls = 1'b1;
        end
        gate$req_hs = req_hs;
        gate$req_ls = req_ls;
        oc_hit = req_hs & ~iph[32'hb] & (((iph) & 12'hfff) > ph_oc);
        if (oc_hit) begin
            oc_cut$d = 1'b1;
        end
        off = ((((index) & 16'hffff) * ((step) & 16'hffff)) & 16'hffff);
        if (((m_next) & 16'hffff) >= off) begin
            late = m_next - ((off) & 11'h7ff);
        end
        else begin
            late = m_next + period - ((off) & 11'h7ff);
        end
        if (armed$q) begin
            start = active & ((t$q + 32'h1) == len$q);
        end
        else begin
            start = active & (late == 32'h0);
        end
        iph_x = ((iph) & 24'hffffff);
        if (iph[32'hb]) begin
            iph_x = ((iph) & 24'hffffff) | 64'hfff000;
        end
        total = acc$q + iph_x;
        avg_mul$a = total;
        avg_mul$b = recip_p;
        bal_hi = ((bal_acc$q[(32'h10)+:(14)]) & 20'hfffff);
        if (bal_acc$q[32'h1d]) begin
            bal_hi = ((bal_acc$q[(32'h10)+:(14)]) & 20'hfffff) | 64'hfc000;
        end
        t256_raw = t256_base + bal_hi;
        t256 = t256_raw;
        if (t256_raw[32'h13]) begin
            t256 = 32'h0;
        end
        else if ((t256_raw ^ 64'h80000) > (t256_max ^ 64'h80000)) begin
            t256 = t256_max;
        end
        sd_sum = ((sd$q) & 9'h1ff) + ((t256[(32'h0)+:(8)]) & 9'h1ff);
        if (start) begin
            if (armed$q & (len$q == period)) begin
                iavg_q$d = avg_mul$p[(32'h10)+:(13)];
            end
            acc$d = 32'h0;
            if (late <= (period >> 32'h1)) begin
                len$d = period - late;
            end
            else begin
                len$d = (period << 32'h1) - late;
            end
            sd$d = sd_sum[(32'h0)+:(8)];
            ton$d = ((t256[(32'h8)+:(12)]) & 11'h7ff) + ((sd_sum[(32'h8)+:(1)]) & 11'h7ff);
            t$d = 32'h0;
            armed$d = 1'b1;
            oc_cut$d = 1'b0;
        end
        else if (armed$q) begin
            t$d = t$q + 32'h1;
            acc$d = total;
        end
        else begin
            t$d = 32'h0;
            acc$d = 32'h0;
        end
        iavg_x18 = ((iavg_q$q) & 18'h3ffff);
        if (iavg_q$q[32'hc]) begin
            iavg_x18 = ((iavg_q$q) & 18'h3ffff) | 64'h3e000;
        end
        iavg_x = ((iavg_q$q) & 14'h3fff);
        if (iavg_q$q[32'hc]) begin
            iavg_x = ((iavg_q$q) & 14'h3fff) | 32'h2000;
        end
        mean_x = ((mean) & 14'h3fff);
        if (mean[32'hc]) begin
            mean_x = ((mean) & 14'h3fff) | 32'h2000;
        end
        dev = iavg_x - mean_x;
        dev_abs = dev;
        if (dev[32'hd]) begin
            dev_abs = ~dev + 32'h1;
        end
        dev_x = ((dev) & 40'hffffffffff);
        if (dev[32'hd]) begin
            dev_x = ((dev) & 40'hffffffffff) | 64'hffffffc000;
        end
        bal_x = ((bal_acc$q) & 40'hffffffffff);
        if (bal_acc$q[32'h1d]) begin
            bal_x = ((bal_acc$q) & 40'hffffffffff) | 64'hffc0000000;
        end
        bal_new = bal_x - (dev_x << kb);
        bal_lim = ((bal_max) & 40'hffffffffff) << 32'h10;
        bal_neg = ~bal_lim + 32'h1;
        imb_hit = 1'b0;
        if (bal_en & active) begin
            if ((bal_new ^ 64'h8000000000) > (bal_lim ^ 64'h8000000000)) begin
                bal_acc$d = ((bal_lim) & 30'h3fffffff);
            end
            else if ((bal_new ^ 64'h8000000000) < (bal_neg ^ 64'h8000000000)) begin
                bal_acc$d = ((bal_neg) & 30'h3fffffff);
            end
            else begin
                bal_acc$d = ((bal_new) & 30'h3fffffff);
            end
            if (((ph_imb) & 14'h3fff) < dev_abs) begin
                if (imb$q >= 32'h3f) begin
                    imb$d = 32'h40;
                    imb_hit = 1'b1;
                end
                else begin
                    imb$d = imb$q + 32'h1;
                end
            end
            else begin
                imb$d = 32'h0;
            end
        end
        if (~active) begin
            armed$d = 1'b0;
            acc$d = 32'h0;
            t$d = 32'h0;
            len$d = period;
            ton$d = 32'h0;
            bal_acc$d = 32'h0;
            oc_cut$d = 1'b0;
            imb$d = 32'h0;
        end
        if (turn_on) begin
            armed$d = 1'b0;
            ton$d = 32'h0;
            sd$d = sd_init;
            bal_acc$d = 32'h0;
            oc_cut$d = 1'b0;
            imb$d = 32'h0;
        end
        if (reset) begin
            t$d = 32'h0;
            len$d = period;
            ton$d = 32'h0;
            sd$d = 32'h0;
            armed$d = 1'b0;
            acc$d = 32'h0;
            iavg_q$d = 32'h0;
            bal_acc$d = 32'h0;
            oc_cut$d = 1'b0;
            imb$d = 32'h0;
        end
        hs = gate$hs;
        ls = gate$ls;
        iavg = iavg_q$q;
        hs_out = hs_in | (((gate$hs) & 16'hffff) << index);
        ls_out = ls_in | (((gate$ls) & 16'hffff) << index);
        itot_out = itot_in;
        iinst_out = iinst_in;
        if (active) begin
            itot_out = itot_in + iavg_x18;
            iinst_out = iinst_in + ((iph_x) & 18'h3ffff);
        end
        oc_out = oc_in | oc_hit;
        imb_out = imb_in | imb_hit;
    end
    
endmodule // gridcore_vrm$phases$7


module gridcore_vrm$phases$7$acc(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$phases$7$acc


module gridcore_vrm$phases$7$armed(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$7$armed


module gridcore_vrm$phases$7$avg_mul(a,b,p);
    
    // Module arguments
    input wire  [23:0] a;
    input wire  [11:0] b;
    output reg  [35:0] p;
    
    // Update code (custom)
    always @(*) p = $signed(a) * $signed(b);
endmodule // gridcore_vrm$phases$7$avg_mul


module gridcore_vrm$phases$7$bal_acc(d,q,clock);
    
    // Module arguments
    input wire  [29:0] d;
    output reg  [29:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 30'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$phases$7$bal_acc


module gridcore_vrm$phases$7$gate(clock,reset,req_hs,req_ls,dt_rise,dt_fall,hs,ls,quiet);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  req_hs;
    input wire  req_ls;
    input wire  [7:0] dt_rise;
    input wire  [7:0] dt_fall;
    output reg  hs;
    output reg  ls;
    output reg  [7:0] quiet;
    
    // Stub signals
    reg  hs_q$d;
    wire  hs_q$q;
    reg  hs_q$clock;
    reg  ls_q$d;
    wire  ls_q$q;
    reg  ls_q$clock;
    reg  [7:0] quiet_q$d;
    wire  [7:0] quiet_q$q;
    reg  quiet_q$clock;
    
    // Local signals
    reg  hs_next;
    reg  ls_next;
    
    // Sub module instances
    gridcore_vrm$phases$7$gate$hs_q hs_q(
        .d(hs_q$d),
        .q(hs_q$q),
        .clock(hs_q$clock)
    );
    gridcore_vrm$phases$7$gate$ls_q ls_q(
        .d(ls_q$d),
        .q(ls_q$q),
        .clock(ls_q$clock)
    );
    gridcore_vrm$phases$7$gate$quiet_q quiet_q(
        .d(quiet_q$d),
        .q(quiet_q$q),
        .clock(quiet_q$clock)
    );
    
    // Update code
    always @(*) begin
        hs_q$clock = clock;
        ls_q$clock = clock;
        quiet_q$clock = clock;
        hs_q$d = hs_q$q;
        ls_q$d = ls_q$q;
        quiet_q$d = quiet_q$q;
        hs_next = req_hs & ~req_ls & ~ls_q$q & (hs_q$q | (quiet_q$q >= dt_rise));
        ls_next = req_ls & ~req_hs & ~hs_q$q & (ls_q$q | (quiet_q$q >= dt_fall));
        hs_q$d = hs_next;
        ls_q$d = ls_next;
        if (hs_next | ls_next) begin
            quiet_q$d = 32'h0;
        end
        else if (quiet_q$q != 32'hff) begin
            quiet_q$d = quiet_q$q + 32'h1;
        end
        if (reset) begin
            hs_q$d = 1'b0;
            ls_q$d = 1'b0;
            quiet_q$d = 32'h0;
        end
        hs = hs_q$q;
        ls = ls_q$q;
        quiet = quiet_q$q;
    end
    
endmodule // gridcore_vrm$phases$7$gate


module gridcore_vrm$phases$7$gate$hs_q(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$7$gate$hs_q


module gridcore_vrm$phases$7$gate$ls_q(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$7$gate$ls_q


module gridcore_vrm$phases$7$gate$quiet_q(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$7$gate$quiet_q


module gridcore_vrm$phases$7$iavg_q(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$7$iavg_q


module gridcore_vrm$phases$7$imb(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$phases$7$imb


module gridcore_vrm$phases$7$len(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$7$len


module gridcore_vrm$phases$7$oc_cut(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$7$oc_cut


module gridcore_vrm$phases$7$sd(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$7$sd


module gridcore_vrm$phases$7$t(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$7$t


module gridcore_vrm$phases$7$ton(d,q,clock);
    
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
          
endmodule // gridcore_vrm$phases$7$ton


module gridcore_vrm$rdata(d,q,clock);
    
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
          
endmodule // gridcore_vrm$rdata


module gridcore_vrm$recip_rom(address,data);
    
    // Module arguments
    input wire  [4:0] address;
    output reg  [16:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        5'b0: data = 17'b0;
      5'b1: data = 17'b10000000000000000;
      5'b10: data = 17'b1000000000000000;
      5'b11: data = 17'b101010101010110;
      5'b100: data = 17'b100000000000000;
      5'b101: data = 17'b11001100110100;
      5'b110: data = 17'b10101010101011;
      5'b111: data = 17'b10010010010011;
      5'b1000: data = 17'b10000000000000;
      5'b1001: data = 17'b1110001110010;
      5'b1010: data = 17'b1100110011010;
      5'b1011: data = 17'b1011101000110;
      5'b1100: data = 17'b1010101010110;
      5'b1101: data = 17'b1001110110010;
      5'b1110: data = 17'b1001001001010;
      5'b1111: data = 17'b1000100010010;
      5'b10000: data = 17'b1000000000000;
      5'b10001: data = 17'b111100010000;
      5'b10010: data = 17'b111000111001;
      5'b10011: data = 17'b110101111010;
      5'b10100: data = 17'b110011001101;
      5'b10101: data = 17'b110000110001;
      5'b10110: data = 17'b101110100011;
      5'b10111: data = 17'b101100100010;
      5'b11000: data = 17'b101010101011;
      5'b11001: data = 17'b101000111110;
      5'b11010: data = 17'b100111011001;
      5'b11011: data = 17'b100101111100;
      5'b11100: data = 17'b100100100101;
      5'b11101: data = 17'b100011010100;
      5'b11110: data = 17'b100010001001;
      5'b11111: data = 17'b100001000011;
      default: data = 17'b0;
    endcase
            
endmodule // gridcore_vrm$recip_rom


module gridcore_vrm$regs(clock,reset,we,addr,wdata,writable,rword,value$0,value$1,value$2,value$3,value$4,value$5,value$6,value$7,value$8,value$9,value$10,value$11,value$12,value$13,value$14,value$15,value$16,value$17,value$18,value$19,value$20,value$21,value$22,value$23,value$24,value$25,value$26,value$27,value$28,value$29,value$30,value$31,value$32,value$33,value$34,value$35,value$36,value$37,value$38,value$39,value$40);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  we;
    input wire  [7:0] addr;
    input wire  [15:0] wdata;
    output reg  writable;
    output reg  [15:0] rword;
    output reg  [39:0] value$0;
    output reg  [39:0] value$1;
    output reg  [39:0] value$2;
    output reg  [39:0] value$3;
    output reg  [39:0] value$4;
    output reg  [39:0] value$5;
    output reg  [39:0] value$6;
    output reg  [39:0] value$7;
    output reg  [39:0] value$8;
    output reg  [39:0] value$9;
    output reg  [39:0] value$10;
    output reg  [39:0] value$11;
    output reg  [39:0] value$12;
    output reg  [39:0] value$13;
    output reg  [39:0] value$14;
    output reg  [39:0] value$15;
    output reg  [39:0] value$16;
    output reg  [39:0] value$17;
    output reg  [39:0] value$18;
    output reg  [39:0] value$19;
    output reg  [39:0] value$20;
    output reg  [39:0] value$21;
    output reg  [39:0] value$22;
    output reg  [39:0] value$23;
    output reg  [39:0] value$24;
    output reg  [39:0] value$25;
    output reg  [39:0] value$26;
    output reg  [39:0] value$27;
    output reg  [39:0] value$28;
    output reg  [39:0] value$29;
    output reg  [39:0] value$30;
    output reg  [39:0] value$31;
    output reg  [39:0] value$32;
    output reg  [39:0] value$33;
    output reg  [39:0] value$34;
    output reg  [39:0] value$35;
    output reg  [39:0] value$36;
    output reg  [39:0] value$37;
    output reg  [39:0] value$38;
    output reg  [39:0] value$39;
    output reg  [39:0] value$40;
    
    // Constant declarations
    localparam  code$0 = 8'h1;
    localparam  code$1 = 8'h21;
    localparam  code$2 = 8'h24;
    localparam  code$3 = 8'h27;
    localparam  code$4 = 8'h28;
    localparam  code$5 = 8'h32;
    localparam  code$6 = 8'h35;
    localparam  code$7 = 8'h40;
    localparam  code$8 = 8'h41;
    localparam  code$9 = 8'h44;
    localparam  code$10 = 8'h45;
    localparam  code$11 = 8'h46;
    localparam  code$12 = 8'h47;
    localparam  code$13 = 8'h4f;
    localparam  code$14 = 8'h50;
    localparam  code$15 = 8'h59;
    localparam  code$16 = 8'h5a;
    localparam  code$17 = 8'h61;
    localparam  code$18 = 8'hd0;
    localparam  code$19 = 8'hd1;
    localparam  code$20 = 8'hd2;
    localparam  code$21 = 8'hd3;
    localparam  code$22 = 8'hd4;
    localparam  code$23 = 8'hd5;
    localparam  code$24 = 8'hd6;
    localparam  code$25 = 8'hd7;
    localparam  code$26 = 8'hd8;
    localparam  code$27 = 8'hd9;
    localparam  code$28 = 8'hda;
    localparam  code$29 = 8'hdb;
    localparam  code$30 = 8'hdc;
    localparam  code$31 = 8'hdd;
    localparam  code$32 = 8'hde;
    localparam  code$33 = 8'hdf;
    localparam  code$34 = 8'he0;
    localparam  code$35 = 8'he1;
    localparam  code$36 = 8'he2;
    localparam  code$37 = 8'he3;
    localparam  code$38 = 8'he4;
    localparam  code$39 = 8'he5;
    localparam  code$40 = 8'he6;
    localparam  kind$0 = 2'b0;
    localparam  kind$1 = 2'b1;
    localparam  kind$2 = 2'b1;
    localparam  kind$3 = 2'b10;
    localparam  kind$4 = 2'b10;
    localparam  kind$5 = 2'b10;
    localparam  kind$6 = 2'b10;
    localparam  kind$7 = 2'b1;
    localparam  kind$8 = 2'b0;
    localparam  kind$9 = 2'b1;
    localparam  kind$10 = 2'b0;
    localparam  kind$11 = 2'b10;
    localparam  kind$12 = 2'b0;
    localparam  kind$13 = 2'b10;
    localparam  kind$14 = 2'b0;
    localparam  kind$15 = 2'b10;
    localparam  kind$16 = 2'b0;
    localparam  kind$17 = 2'b10;
    localparam  kind$18 = 2'b11;
    localparam  kind$19 = 2'b11;
    localparam  kind$20 = 2'b11;
    localparam  kind$21 = 2'b11;
    localparam  kind$22 = 2'b11;
    localparam  kind$23 = 2'b11;
    localparam  kind$24 = 2'b11;
    localparam  kind$25 = 2'b11;
    localparam  kind$26 = 2'b10;
    localparam  kind$27 = 2'b10;
    localparam  kind$28 = 2'b11;
    localparam  kind$29 = 2'b11;
    localparam  kind$30 = 2'b10;
    localparam  kind$31 = 2'b10;
    localparam  kind$32 = 2'b11;
    localparam  kind$33 = 2'b11;
    localparam  kind$34 = 2'b11;
    localparam  kind$35 = 2'b11;
    localparam  kind$36 = 2'b11;
    localparam  kind$37 = 2'b11;
    localparam  kind$38 = 2'b11;
    localparam  kind$39 = 2'b11;
    localparam  kind$40 = 2'b11;
    localparam  k$0 = 20'h0;
    localparam  k$1 = 20'h0;
    localparam  k$2 = 20'h0;
    localparam  k$3 = 20'h1061c;
    localparam  k$4 = 20'h4189;
    localparam  k$5 = 20'h28f;
    localparam  k$6 = 20'h1;
    localparam  k$7 = 20'h0;
    localparam  k$8 = 20'h0;
    localparam  k$9 = 20'h0;
    localparam  k$10 = 20'h0;
    localparam  k$11 = 20'h1;
    localparam  k$12 = 20'h0;
    localparam  k$13 = 20'h1;
    localparam  k$14 = 20'h0;
    localparam  k$15 = 20'h1;
    localparam  k$16 = 20'h0;
    localparam  k$17 = 20'hfa0;
    localparam  k$18 = 20'h0;
    localparam  k$19 = 20'h0;
    localparam  k$20 = 20'h0;
    localparam  k$21 = 20'h0;
    localparam  k$22 = 20'h0;
    localparam  k$23 = 20'h0;
    localparam  k$24 = 20'h0;
    localparam  k$25 = 20'h0;
    localparam  k$26 = 20'h1;
    localparam  k$27 = 20'h1;
    localparam  k$28 = 20'h0;
    localparam  k$29 = 20'h0;
    localparam  k$30 = 20'h1;
    localparam  k$31 = 20'h1;
    localparam  k$32 = 20'h0;
    localparam  k$33 = 20'h0;
    localparam  k$34 = 20'h0;
    localparam  k$35 = 20'h0;
    localparam  k$36 = 20'h0;
    localparam  k$37 = 20'h0;
    localparam  k$38 = 20'h0;
    localparam  k$39 = 20'h0;
    localparam  k$40 = 20'h0;
    localparam  s$0 = 6'b0;
    localparam  s$1 = 6'b0;
    localparam  s$2 = 6'b0;
    localparam  s$3 = 6'b0;
    localparam  s$4 = 6'b0;
    localparam  s$5 = 6'b0;
    localparam  s$6 = 6'b1000;
    localparam  s$7 = 6'b0;
    localparam  s$8 = 6'b0;
    localparam  s$9 = 6'b0;
    localparam  s$10 = 6'b0;
    localparam  s$11 = 6'b100;
    localparam  s$12 = 6'b0;
    localparam  s$13 = 6'b100;
    localparam  s$14 = 6'b0;
    localparam  s$15 = 6'b1000;
    localparam  s$16 = 6'b0;
    localparam  s$17 = 6'b0;
    localparam  s$18 = 6'b0;
    localparam  s$19 = 6'b0;
    localparam  s$20 = 6'b0;
    localparam  s$21 = 6'b0;
    localparam  s$22 = 6'b0;
    localparam  s$23 = 6'b0;
    localparam  s$24 = 6'b0;
    localparam  s$25 = 6'b0;
    localparam  s$26 = 6'b100;
    localparam  s$27 = 6'b100;
    localparam  s$28 = 6'b0;
    localparam  s$29 = 6'b0;
    localparam  s$30 = 6'b100;
    localparam  s$31 = 6'b100;
    localparam  s$32 = 6'b0;
    localparam  s$33 = 6'b0;
    localparam  s$34 = 6'b0;
    localparam  s$35 = 6'b0;
    localparam  s$36 = 6'b0;
    localparam  s$37 = 6'b0;
    localparam  s$38 = 6'b0;
    localparam  s$39 = 6'b0;
    localparam  s$40 = 6'b0;
    localparam  lo$0 = 40'h0;
    localparam  lo$1 = 40'h0;
    localparam  lo$2 = 40'h0;
    localparam  lo$3 = 40'h0;
    localparam  lo$4 = 40'h0;
    localparam  lo$5 = 40'h0;
    localparam  lo$6 = 40'h0;
    localparam  lo$7 = 40'h0;
    localparam  lo$8 = 40'h0;
    localparam  lo$9 = 40'h0;
    localparam  lo$10 = 40'h0;
    localparam  lo$11 = 40'h0;
    localparam  lo$12 = 40'h0;
    localparam  lo$13 = 40'hfffffff800;
    localparam  lo$14 = 40'h0;
    localparam  lo$15 = 40'h0;
    localparam  lo$16 = 40'h0;
    localparam  lo$17 = 40'h0;
    localparam  lo$18 = 40'h0;
    localparam  lo$19 = 40'h0;
    localparam  lo$20 = 40'h0;
    localparam  lo$21 = 40'h0;
    localparam  lo$22 = 40'h0;
    localparam  lo$23 = 40'h0;
    localparam  lo$24 = 40'h0;
    localparam  lo$25 = 40'h0;
    localparam  lo$26 = 40'h0;
    localparam  lo$27 = 40'h0;
    localparam  lo$28 = 40'h0;
    localparam  lo$29 = 40'h0;
    localparam  lo$30 = 40'h0;
    localparam  lo$31 = 40'h0;
    localparam  lo$32 = 40'h0;
    localparam  lo$33 = 40'h0;
    localparam  lo$34 = 40'h0;
    localparam  lo$35 = 40'h0;
    localparam  lo$36 = 40'h0;
    localparam  lo$37 = 40'h0;
    localparam  lo$38 = 40'h0;
    localparam  lo$39 = 40'h0;
    localparam  lo$40 = 40'h0;
    localparam  hi$0 = 40'hff;
    localparam  hi$1 = 40'h1fff;
    localparam  hi$2 = 40'h1fff;
    localparam  hi$3 = 40'hffffff;
    localparam  hi$4 = 40'hfffff;
    localparam  hi$5 = 40'hffff;
    localparam  hi$6 = 40'h1fff;
    localparam  hi$7 = 40'h1fff;
    localparam  hi$8 = 40'hff;
    localparam  hi$9 = 40'h1fff;
    localparam  hi$10 = 40'hff;
    localparam  hi$11 = 40'h7fff;
    localparam  hi$12 = 40'hff;
    localparam  hi$13 = 40'h7ff;
    localparam  hi$14 = 40'hff;
    localparam  hi$15 = 40'h1fff;
    localparam  hi$16 = 40'hff;
    localparam  hi$17 = 40'hfffff;
    localparam  hi$18 = 40'hffff;
    localparam  hi$19 = 40'hffff;
    localparam  hi$20 = 40'hffff;
    localparam  hi$21 = 40'h7;
    localparam  hi$22 = 40'h18;
    localparam  hi$23 = 40'hfff;
    localparam  hi$24 = 40'hff;
    localparam  hi$25 = 40'hff;
    localparam  hi$26 = 40'h7ff;
    localparam  hi$27 = 40'h7ff;
    localparam  hi$28 = 40'hffff;
    localparam  hi$29 = 40'h10;
    localparam  hi$30 = 40'h7ff;
    localparam  hi$31 = 40'h7ff;
    localparam  hi$32 = 40'h3ff;
    localparam  hi$33 = 40'h3ff;
    localparam  hi$34 = 40'h3ff;
    localparam  hi$35 = 40'hffff;
    localparam  hi$36 = 40'hffff;
    localparam  hi$37 = 40'hffff;
    localparam  hi$38 = 40'hff;
    localparam  hi$39 = 40'hffff;
    localparam  hi$40 = 40'h3ff;
    localparam  reset_word$0 = 16'h80;
    localparam  reset_word$1 = 16'hccd;
    localparam  reset_word$2 = 16'h1800;
    localparam  reset_word$3 = 16'hd280;
    localparam  reset_word$4 = 16'h8a8f;
    localparam  reset_word$5 = 16'hdb20;
    localparam  reset_word$6 = 16'hd240;
    localparam  reset_word$7 = 16'heb8;
    localparam  reset_word$8 = 16'h80;
    localparam  reset_word$9 = 16'hae1;
    localparam  reset_word$10 = 16'hba;
    localparam  reset_word$11 = 16'hfa58;
    localparam  reset_word$12 = 16'hba;
    localparam  reset_word$13 = 16'hebe8;
    localparam  reset_word$14 = 16'h80;
    localparam  reset_word$15 = 16'hd200;
    localparam  reset_word$16 = 16'hb8;
    localparam  reset_word$17 = 16'hb200;
    localparam  reset_word$18 = 16'h1388;
    localparam  reset_word$19 = 16'h9c4;
    localparam  reset_word$20 = 16'hbb8;
    localparam  reset_word$21 = 16'h1;
    localparam  reset_word$22 = 16'hc;
    localparam  reset_word$23 = 16'h200;
    localparam  reset_word$24 = 16'h3;
    localparam  reset_word$25 = 16'h3;
    localparam  reset_word$26 = 16'hdb20;
    localparam  reset_word$27 = 16'hd3c0;
    localparam  reset_word$28 = 16'h10;
    localparam  reset_word$29 = 16'h10;
    localparam  reset_word$30 = 16'he320;
    localparam  reset_word$31 = 16'hd280;
    localparam  reset_word$32 = 16'h6;
    localparam  reset_word$33 = 16'h6;
    localparam  reset_word$34 = 16'h2;
    localparam  reset_word$35 = 16'h2;
    localparam  reset_word$36 = 16'h3c;
    localparam  reset_word$37 = 16'h1f4;
    localparam  reset_word$38 = 16'h4;
    localparam  reset_word$39 = 16'h190;
    localparam  reset_word$40 = 16'h6;
    localparam  reset_value$0 = 40'h80;
    localparam  reset_value$1 = 40'hccd;
    localparam  reset_value$2 = 40'h1800;
    localparam  reset_value$3 = 40'ha3d18;
    localparam  reset_value$4 = 40'h14f;
    localparam  reset_value$5 = 40'h3ff7;
    localparam  reset_value$6 = 40'h900;
    localparam  reset_value$7 = 40'heb8;
    localparam  reset_value$8 = 40'h80;
    localparam  reset_value$9 = 40'hae1;
    localparam  reset_value$10 = 40'hba;
    localparam  reset_value$11 = 40'h12c0;
    localparam  reset_value$12 = 40'hba;
    localparam  reset_value$13 = 40'h7d0;
    localparam  reset_value$14 = 40'h80;
    localparam  reset_value$15 = 40'h800;
    localparam  reset_value$16 = 40'hb8;
    localparam  reset_value$17 = 40'h7d0;
    localparam  reset_value$18 = 40'h1388;
    localparam  reset_value$19 = 40'h9c4;
    localparam  reset_value$20 = 40'hbb8;
    localparam  reset_value$21 = 40'h1;
    localparam  reset_value$22 = 40'hc;
    localparam  reset_value$23 = 40'h200;
    localparam  reset_value$24 = 40'h3;
    localparam  reset_value$25 = 40'h3;
    localparam  reset_value$26 = 40'h190;
    localparam  reset_value$27 = 40'hf0;
    localparam  reset_value$28 = 40'h10;
    localparam  reset_value$29 = 40'h10;
    localparam  reset_value$30 = 40'h320;
    localparam  reset_value$31 = 40'ha0;
    localparam  reset_value$32 = 40'h6;
    localparam  reset_value$33 = 40'h6;
    localparam  reset_value$34 = 40'h2;
    localparam  reset_value$35 = 40'h2;
    localparam  reset_value$36 = 40'h3c;
    localparam  reset_value$37 = 40'h1f4;
    localparam  reset_value$38 = 40'h4;
    localparam  reset_value$39 = 40'h190;
    localparam  reset_value$40 = 40'h6;
    
    // Stub signals
    reg  [15:0] words$0$d;
    wire  [15:0] words$0$q;
    reg  words$0$clock;
    reg  [15:0] words$1$d;
    wire  [15:0] words$1$q;
    reg  words$1$clock;
    reg  [15:0] words$2$d;
    wire  [15:0] words$2$q;
    reg  words$2$clock;
    reg  [15:0] words$3$d;
    wire  [15:0] words$3$q;
    reg  words$3$clock;
    reg  [15:0] words$4$d;
    wire  [15:0] words$4$q;
    reg  words$4$clock;
    reg  [15:0] words$5$d;
    wire  [15:0] words$5$q;
    reg  words$5$clock;
    reg  [15:0] words$6$d;
    wire  [15:0] words$6$q;
    reg  words$6$clock;
    reg  [15:0] words$7$d;
    wire  [15:0] words$7$q;
    reg  words$7$clock;
    reg  [15:0] words$8$d;
    wire  [15:0] words$8$q;
    reg  words$8$clock;
    reg  [15:0] words$9$d;
    wire  [15:0] words$9$q;
    reg  words$9$clock;
    reg  [15:0] words$10$d;
    wire  [15:0] words$10$q;
    reg  words$10$clock;
    reg  [15:0] words$11$d;
    wire  [15:0] words$11$q;
    reg  words$11$clock;
    reg  [15:0] words$12$d;
    wire  [15:0] words$12$q;
    reg  words$12$clock;
    reg  [15:0] words$13$d;
    wire  [15:0] words$13$q;
    reg  words$13$clock;
    reg  [15:0] words$14$d;
    wire  [15:0] words$14$q;
    reg  words$14$clock;
    reg  [15:0] words$15$d;
    wire  [15:0] words$15$q;
    reg  words$15$clock;
    reg  [15:0] words$16$d;
    wire  [15:0] words$16$q;
    reg  words$16$clock;
    reg  [15:0] words$17$d;
    wire  [15:0] words$17$q;
    reg  words$17$clock;
    reg  [15:0] words$18$d;
    wire  [15:0] words$18$q;
    reg  words$18$clock;
    reg  [15:0] words$19$d;
    wire  [15:0] words$19$q;
    reg  words$19$clock;
    reg  [15:0] words$20$d;
    wire  [15:0] words$20$q;
    reg  words$20$clock;
    reg  [15:0] words$21$d;
    wire  [15:0] words$21$q;
    reg  words$21$clock;
    reg  [15:0] words$22$d;
    wire  [15:0] words$22$q;
    reg  words$22$clock;
    reg  [15:0] words$23$d;
    wire  [15:0] words$23$q;
    reg  words$23$clock;
    reg  [15:0] words$24$d;
    wire  [15:0] words$24$q;
    reg  words$24$clock;
    reg  [15:0] words$25$d;
    wire  [15:0] words$25$q;
    reg  words$25$clock;
    reg  [15:0] words$26$d;
    wire  [15:0] words$26$q;
    reg  words$26$clock;
    reg  [15:0] words$27$d;
    wire  [15:0] words$27$q;
    reg  words$27$clock;
    reg  [15:0] words$28$d;
    wire  [15:0] words$28$q;
    reg  words$28$clock;
    reg  [15:0] words$29$d;
    wire  [15:0] words$29$q;
    reg  words$29$clock;
    reg  [15:0] words$30$d;
    wire  [15:0] words$30$q;
    reg  words$30$clock;
    reg  [15:0] words$31$d;
    wire  [15:0] words$31$q;
    reg  words$31$clock;
    reg  [15:0] words$32$d;
    wire  [15:0] words$32$q;
    reg  words$32$clock;
    reg  [15:0] words$33$d;
    wire  [15:0] words$33$q;
    reg  words$33$clock;
    reg  [15:0] words$34$d;
    wire  [15:0] words$34$q;
    reg  words$34$clock;
    reg  [15:0] words$35$d;
    wire  [15:0] words$35$q;
    reg  words$35$clock;
    reg  [15:0] words$36$d;
    wire  [15:0] words$36$q;
    reg  words$36$clock;
    reg  [15:0] words$37$d;
    wire  [15:0] words$37$q;
    reg  words$37$clock;
    reg  [15:0] words$38$d;
    wire  [15:0] words$38$q;
    reg  words$38$clock;
    reg  [15:0] words$39$d;
    wire  [15:0] words$39$q;
    reg  words$39$clock;
    reg  [15:0] words$40$d;
    wire  [15:0] words$40$q;
    reg  words$40$clock;
    reg  [39:0] values$0$d;
    wire  [39:0] values$0$q;
    reg  values$0$clock;
    reg  [39:0] values$1$d;
    wire  [39:0] values$1$q;
    reg  values$1$clock;
    reg  [39:0] values$2$d;
    wire  [39:0] values$2$q;
    reg  values$2$clock;
    reg  [39:0] values$3$d;
    wire  [39:0] values$3$q;
    reg  values$3$clock;
    reg  [39:0] values$4$d;
    wire  [39:0] values$4$q;
    reg  values$4$clock;
    reg  [39:0] values$5$d;
    wire  [39:0] values$5$q;
    reg  values$5$clock;
    reg  [39:0] values$6$d;
    wire  [39:0] values$6$q;
    reg  values$6$clock;
    reg  [39:0] values$7$d;
    wire  [39:0] values$7$q;
    reg  values$7$clock;
    reg  [39:0] values$8$d;
    wire  [39:0] values$8$q;
    reg  values$8$clock;
    reg  [39:0] values$9$d;
    wire  [39:0] values$9$q;
    reg  values$9$clock;
    reg  [39:0] values$10$d;
    wire  [39:0] values$10$q;
    reg  values$10$clock;
    reg  [39:0] values$11$d;
    wire  [39:0] values$11$q;
    reg  values$11$clock;
    reg  [39:0] values$12$d;
    wire  [39:0] values$12$q;
    reg  values$12$clock;
    reg  [39:0] values$13$d;
    wire  [39:0] values$13$q;
    reg  values$13$clock;
    reg  [39:0] values$14$d;
    wire  [39:0] values$14$q;
    reg  values$14$clock;
    reg  [39:0] values$15$d;
    wire  [39:0] values$15$q;
    reg  values$15$clock;
    reg  [39:0] values$16$d;
    wire  [39:0] values$16$q;
    reg  values$16$clock;
    reg  [39:0] values$17$d;
    wire  [39:0] values$17$q;
    reg  values$17$clock;
    reg  [39:0] values$18$d;
    wire  [39:0] values$18$q;
    reg  values$18$clock;
    reg  [39:0] values$19$d;
    wire  [39:0] values$19$q;
    reg  values$19$clock;
    reg  [39:0] values$20$d;
    wire  [39:0] values$20$q;
    reg  values$20$clock;
    reg  [39:0] values$21$d;
    wire  [39:0] values$21$q;
    reg  values$21$clock;
    reg  [39:0] values$22$d;
    wire  [39:0] values$22$q;
    reg  values$22$clock;
    reg  [39:0] values$23$d;
    wire  [39:0] values$23$q;
    reg  values$23$clock;
    reg  [39:0] values$24$d;
    wire  [39:0] values$24$q;
    reg  values$24$clock;
    reg  [39:0] values$25$d;
    wire  [39:0] values$25$q;
    reg  values$25$clock;
    reg  [39:0] values$26$d;
    wire  [39:0] values$26$q;
    reg  values$26$clock;
    reg  [39:0] values$27$d;
    wire  [39:0] values$27$q;
    reg  values$27$clock;
    reg  [39:0] values$28$d;
    wire  [39:0] values$28$q;
    reg  values$28$clock;
    reg  [39:0] values$29$d;
    wire  [39:0] values$29$q;
    reg  values$29$clock;
    reg  [39:0] values$30$d;
    wire  [39:0] values$30$q;
    reg  values$30$clock;
    reg  [39:0] values$31$d;
    wire  [39:0] values$31$q;
    reg  values$31$clock;
    reg  [39:0] values$32$d;
    wire  [39:0] values$32$q;
    reg  values$32$clock;
    reg  [39:0] values$33$d;
    wire  [39:0] values$33$q;
    reg  values$33$clock;
    reg  [39:0] values$34$d;
    wire  [39:0] values$34$q;
    reg  values$34$clock;
    reg  [39:0] values$35$d;
    wire  [39:0] values$35$q;
    reg  values$35$clock;
    reg  [39:0] values$36$d;
    wire  [39:0] values$36$q;
    reg  values$36$clock;
    reg  [39:0] values$37$d;
    wire  [39:0] values$37$q;
    reg  values$37$clock;
    reg  [39:0] values$38$d;
    wire  [39:0] values$38$q;
    reg  values$38$clock;
    reg  [39:0] values$39$d;
    wire  [39:0] values$39$q;
    reg  values$39$clock;
    reg  [39:0] values$40$d;
    wire  [39:0] values$40$q;
    reg  values$40$clock;
    reg  [11:0] mul$a;
    reg  [20:0] mul$b;
    wire  [32:0] mul$p;
    
    // Local signals
    reg  [19:0] sel_k;
    reg  [5:0] sel_s;
    reg  [11:0] y;
    reg  [5:0] sh;
    reg  [55:0] prod;
    reg  [55:0] shifted;
    reg  [5:0] rsh;
    reg  [39:0] sel_lo;
    reg  [39:0] sel_hi;
    reg  [55:0] lo56;
    reg  [55:0] hi56;
    
    // Sub module instances
    gridcore_vrm$regs$words$0 words$0(
        .d(words$0$d),
        .q(words$0$q),
        .clock(words$0$clock)
    );
    gridcore_vrm$regs$words$1 words$1(
        .d(words$1$d),
        .q(words$1$q),
        .clock(words$1$clock)
    );
    gridcore_vrm$regs$words$2 words$2(
        .d(words$2$d),
        .q(words$2$q),
        .clock(words$2$clock)
    );
    gridcore_vrm$regs$words$3 words$3(
        .d(words$3$d),
        .q(words$3$q),
        .clock(words$3$clock)
    );
    gridcore_vrm$regs$words$4 words$4(
        .d(words$4$d),
        .q(words$4$q),
        .clock(words$4$clock)
    );
    gridcore_vrm$regs$words$5 words$5(
        .d(words$5$d),
        .q(words$5$q),
        .clock(words$5$clock)
    );
    gridcore_vrm$regs$words$6 words$6(
        .d(words$6$d),
        .q(words$6$q),
        .clock(words$6$clock)
    );
    gridcore_vrm$regs$words$7 words$7(
        .d(words$7$d),
        .q(words$7$q),
        .clock(words$7$clock)
    );
    gridcore_vrm$regs$words$8 words$8(
        .d(words$8$d),
        .q(words$8$q),
        .clock(words$8$clock)
    );
    gridcore_vrm$regs$words$9 words$9(
        .d(words$9$d),
        .q(words$9$q),
        .clock(words$9$clock)
    );
    gridcore_vrm$regs$words$10 words$10(
        .d(words$10$d),
        .q(words$10$q),
        .clock(words$10$clock)
    );
    gridcore_vrm$regs$words$11 words$11(
        .d(words$11$d),
        .q(words$11$q),
        .clock(words$11$clock)
    );
    gridcore_vrm$regs$words$12 words$12(
        .d(words$12$d),
        .q(words$12$q),
        .clock(words$12$clock)
    );
    gridcore_vrm$regs$words$13 words$13(
        .d(words$13$d),
        .q(words$13$q),
        .clock(words$13$clock)
    );
    gridcore_vrm$regs$words$14 words$14(
        .d(words$14$d),
        .q(words$14$q),
        .clock(words$14$clock)
    );
    gridcore_vrm$regs$words$15 words$15(
        .d(words$15$d),
        .q(words$15$q),
        .clock(words$15$clock)
    );
    gridcore_vrm$regs$words$16 words$16(
        .d(words$16$d),
        .q(words$16$q),
        .clock(words$16$clock)
    );
    gridcore_vrm$regs$words$17 words$17(
        .d(words$17$d),
        .q(words$17$q),
        .clock(words$17$clock)
    );
    gridcore_vrm$regs$words$18 words$18(
        .d(words$18$d),
        .q(words$18$q),
        .clock(words$18$clock)
    );
    gridcore_vrm$regs$words$19 words$19(
        .d(words$19$d),
        .q(words$19$q),
        .clock(words$19$clock)
    );
    gridcore_vrm$regs$words$20 words$20(
        .d(words$20$d),
        .q(words$20$q),
        .clock(words$20$clock)
    );
    gridcore_vrm$regs$words$21 words$21(
        .d(words$21$d),
        .q(words$21$q),
        .clock(words$21$clock)
    );
    gridcore_vrm$regs$words$22 words$22(
        .d(words$22$d),
        .q(words$22$q),
        .clock(words$22$clock)
    );
    gridcore_vrm$regs$words$23 words$23(
        .d(words$23$d),
        .q(words$23$q),
        .clock(words$23$clock)
    );
    gridcore_vrm$regs$words$24 words$24(
        .d(words$24$d),
        .q(words$24$q),
        .clock(words$24$clock)
    );
    gridcore_vrm$regs$words$25 words$25(
        .d(words$25$d),
        .q(words$25$q),
        .clock(words$25$clock)
    );
    gridcore_vrm$regs$words$26 words$26(
        .d(words$26$d),
        .q(words$26$q),
        .clock(words$26$clock)
    );
    gridcore_vrm$regs$words$27 words$27(
        .d(words$27$d),
        .q(words$27$q),
        .clock(words$27$clock)
    );
    gridcore_vrm$regs$words$28 words$28(
        .d(words$28$d),
        .q(words$28$q),
        .clock(words$28$clock)
    );
    gridcore_vrm$regs$words$29 words$29(
        .d(words$29$d),
        .q(words$29$q),
        .clock(words$29$clock)
    );
    gridcore_vrm$regs$words$30 words$30(
        .d(words$30$d),
        .q(words$30$q),
        .clock(words$30$clock)
    );
    gridcore_vrm$regs$words$31 words$31(
        .d(words$31$d),
        .q(words$31$q),
        .clock(words$31$clock)
    );
    gridcore_vrm$regs$words$32 words$32(
        .d(words$32$d),
        .q(words$32$q),
        .clock(words$32$clock)
    );
    gridcore_vrm$regs$words$33 words$33(
        .d(words$33$d),
        .q(words$33$q),
        .clock(words$33$clock)
    );
    gridcore_vrm$regs$words$34 words$34(
        .d(words$34$d),
        .q(words$34$q),
        .clock(words$34$clock)
    );
    gridcore_vrm$regs$words$35 words$35(
        .d(words$35$d),
        .q(words$35$q),
        .clock(words$35$clock)
    );
    gridcore_vrm$regs$words$36 words$36(
        .d(words$36$d),
        .q(words$36$q),
        .clock(words$36$clock)
    );
    gridcore_vrm$regs$words$37 words$37(
        .d(words$37$d),
        .q(words$37$q),
        .clock(words$37$clock)
    );
    gridcore_vrm$regs$words$38 words$38(
        .d(words$38$d),
        .q(words$38$q),
        .clock(words$38$clock)
    );
    gridcore_vrm$regs$words$39 words$39(
        .d(words$39$d),
        .q(words$39$q),
        .clock(words$39$clock)
    );
    gridcore_vrm$regs$words$40 words$40(
        .d(words$40$d),
        .q(words$40$q),
        .clock(words$40$clock)
    );
    gridcore_vrm$regs$values$0 values$0(
        .d(values$0$d),
        .q(values$0$q),
        .clock(values$0$clock)
    );
    gridcore_vrm$regs$values$1 values$1(
        .d(values$1$d),
        .q(values$1$q),
        .clock(values$1$clock)
    );
    gridcore_vrm$regs$values$2 values$2(
        .d(values$2$d),
        .q(values$2$q),
        .clock(values$2$clock)
    );
    gridcore_vrm$regs$values$3 values$3(
        .d(values$3$d),
        .q(values$3$q),
        .clock(values$3$clock)
    );
    gridcore_vrm$regs$values$4 values$4(
        .d(values$4$d),
        .q(values$4$q),
        .clock(values$4$clock)
    );
    gridcore_vrm$regs$values$5 values$5(
        .d(values$5$d),
        .q(values$5$q),
        .clock(values$5$clock)
    );
    gridcore_vrm$regs$values$6 values$6(
        .d(values$6$d),
        .q(values$6$q),
        .clock(values$6$clock)
    );
    gridcore_vrm$regs$values$7 values$7(
        .d(values$7$d),
        .q(values$7$q),
        .clock(values$7$clock)
    );
    gridcore_vrm$regs$values$8 values$8(
        .d(values$8$d),
        .q(values$8$q),
        .clock(values$8$clock)
    );
    gridcore_vrm$regs$values$9 values$9(
        .d(values$9$d),
        .q(values$9$q),
        .clock(values$9$clock)
    );
    gridcore_vrm$regs$values$10 values$10(
        .d(values$10$d),
        .q(values$10$q),
        .clock(values$10$clock)
    );
    gridcore_vrm$regs$values$11 values$11(
        .d(values$11$d),
        .q(values$11$q),
        .clock(values$11$clock)
    );
    gridcore_vrm$regs$values$12 values$12(
        .d(values$12$d),
        .q(values$12$q),
        .clock(values$12$clock)
    );
    gridcore_vrm$regs$values$13 values$13(
        .d(values$13$d),
        .q(values$13$q),
        .clock(values$13$clock)
    );
    gridcore_vrm$regs$values$14 values$14(
        .d(values$14$d),
        .q(values$14$q),
        .clock(values$14$clock)
    );
    gridcore_vrm$regs$values$15 values$15(
        .d(values$15$d),
        .q(values$15$q),
        .clock(values$15$clock)
    );
    gridcore_vrm$regs$values$16 values$16(
        .d(values$16$d),
        .q(values$16$q),
        .clock(values$16$clock)
    );
    gridcore_vrm$regs$values$17 values$17(
        .d(values$17$d),
        .q(values$17$q),
        .clock(values$17$clock)
    );
    gridcore_vrm$regs$values$18 values$18(
        .d(values$18$d),
        .q(values$18$q),
        .clock(values$18$clock)
    );
    gridcore_vrm$regs$values$19 values$19(
        .d(values$19$d),
        .q(values$19$q),
        .clock(values$19$clock)
    );
    gridcore_vrm$regs$values$20 values$20(
        .d(values$20$d),
        .q(values$20$q),
        .clock(values$20$clock)
    );
    gridcore_vrm$regs$values$21 values$21(
        .d(values$21$d),
        .q(values$21$q),
        .clock(values$21$clock)
    );
    gridcore_vrm$regs$values$22 values$22(
        .d(values$22$d),
        .q(values$22$q),
        .clock(values$22$clock)
    );
    gridcore_vrm$regs$values$23 values$23(
        .d(values$23$d),
        .q(values$23$q),
        .clock(values$23$clock)
    );
    gridcore_vrm$regs$values$24 values$24(
        .d(values$24$d),
        .q(values$24$q),
        .clock(values$24$clock)
    );
    gridcore_vrm$regs$values$25 values$25(
        .d(values$25$d),
        .q(values$25$q),
        .clock(values$25$clock)
    );
    gridcore_vrm$regs$values$26 values$26(
        .d(values$26$d),
        .q(values$26$q),
        .clock(values$26$clock)
    );
    gridcore_vrm$regs$values$27 values$27(
        .d(values$27$d),
        .q(values$27$q),
        .clock(values$27$clock)
    );
    gridcore_vrm$regs$values$28 values$28(
        .d(values$28$d),
        .q(values$28$q),
        .clock(values$28$clock)
    );
    gridcore_vrm$regs$values$29 values$29(
        .d(values$29$d),
        .q(values$29$q),
        .clock(values$29$clock)
    );
    gridcore_vrm$regs$values$30 values$30(
        .d(values$30$d),
        .q(values$30$q),
        .clock(values$30$clock)
    );
    gridcore_vrm$regs$values$31 values$31(
        .d(values$31$d),
        .q(values$31$q),
        .clock(values$31$clock)
    );
    gridcore_vrm$regs$values$32 values$32(
        .d(values$32$d),
        .q(values$32$q),
        .clock(values$32$clock)
    );
    gridcore_vrm$regs$values$33 values$33(
        .d(values$33$d),
        .q(values$33$q),
        .clock(values$33$clock)
    );
    gridcore_vrm$regs$values$34 values$34(
        .d(values$34$d),
        .q(values$34$q),
        .clock(values$34$clock)
    );
    gridcore_vrm$regs$values$35 values$35(
        .d(values$35$d),
        .q(values$35$q),
        .clock(values$35$clock)
    );
    gridcore_vrm$regs$values$36 values$36(
        .d(values$36$d),
        .q(values$36$q),
        .clock(values$36$clock)
    );
    gridcore_vrm$regs$values$37 values$37(
        .d(values$37$d),
        .q(values$37$q),
        .clock(values$37$clock)
    );
    gridcore_vrm$regs$values$38 values$38(
        .d(values$38$d),
        .q(values$38$q),
        .clock(values$38$clock)
    );
    gridcore_vrm$regs$values$39 values$39(
        .d(values$39$d),
        .q(values$39$q),
        .clock(values$39$clock)
    );
    gridcore_vrm$regs$values$40 values$40(
        .d(values$40$d),
        .q(values$40$q),
        .clock(values$40$clock)
    );
    gridcore_vrm$regs$mul mul(
        .a(mul$a),
        .b(mul$b),
        .p(mul$p)
    );
    
    // Update code
    always @(*) begin
        words$0$clock = clock;
        values$0$clock = clock;
        words$0$d = words$0$q;
        values$0$d = values$0$q;
        words$1$clock = clock;
        values$1$clock = clock;
        words$1$d = words$1$q;
        values$1$d = values$1$q;
        words$2$clock = clock;
        values$2$clock = clock;
        words$2$d = words$2$q;
        values$2$d = values$2$q;
        words$3$clock = clock;
        values$3$clock = clock;
        words$3$d = words$3$q;
        values$3$d = values$3$q;
        words$4$clock = clock;
        values$4$clock = clock;
        words$4$d = words$4$q;
        values$4$d = values$4$q;
        words$5$clock = clock;
        values$5$clock = clock;
        words$5$d = words$5$q;
        values$5$d = values$5$q;
        words$6$clock = clock;
        values$6$clock = clock;
        words$6$d = words$6$q;
        values$6$d = values$6$q;
        words$7$clock = clock;
        values$7$clock = clock;
        words$7$d = words$7$q;
        values$7$d = values$7$q;
        words$8$clock = clock;
        values$8$clock = clock;
        words$8$d = words$8$q;
        values$8$d = values$8$q;
        words$9$clock = clock;
        values$9$clock = clock;
        words$9$d = words$9$q;
        values$9$d = values$9$q;
        words$10$clock = clock;
        values$10$clock = clock;
        words$10$d = words$10$q;
        values$10$d = values$10$q;
        words$11$clock = clock;
        values$11$clock = clock;
        words$11$d = words$11$q;
        values$11$d = values$11$q;
        words$12$clock = clock;
        values$12$clock = clock;
        words$12$d = words$12$q;
        values$12$d = values$12$q;
        words$13$clock = clock;
        values$13$clock = clock;
        words$13$d = words$13$q;
        values$13$d = values$13$q;
        words$14$clock = clock;
        values$14$clock = clock;
        words$14$d = words$14$q;
        values$14$d = values$14$q;
        words$15$clock = clock;
        values$15$clock = clock;
        words$15$d = words$15$q;
        values$15$d = values$15$q;
        words$16$clock = clock;
        values$16$clock = clock;
        words$16$d = words$16$q;
        values$16$d = values$16$q;
        words$17$clock = clock;
        values$17$clock = clock;
        words$17$d = words$17$q;
        values$17$d = values$17$q;
        words$18$clock = clock;
        values$18$clock = clock;
        words$18$d = words$18$q;
        values$18$d = values$18$q;
        words$19$clock = clock;
        values$19$clock = clock;
        words$19$d = words$19$q;
        values$19$d = values$19$q;
        words$20$clock = clock;
        values$20$clock = clock;
        words$20$d = words$20$q;
        values$20$d = values$20$q;
        words$21$clock = clock;
        values$21$clock = clock;
        words$21$d = words$21$q;
        values$21$d = values$21$q;
        words$22$clock = clock;
        values$22$clock = clock;
        words$22$d = words$22$q;
        values$22$d = values$22$q;
        words$23$clock = clock;
        values$23$clock = clock;
        words$23$d = words$23$q;
        values$23$d = values$23$q;
        words$24$clock = clock;
        values$24$clock = clock;
        words$24$d = words$24$q;
        values$24$d = values$24$q;
        words$25$clock = clock;
        values$25$clock = clock;
        words$25$d = words$25$q;
        values$25$d = values$25$q;
        words$26$clock = clock;
        values$26$clock = clock;
        words$26$d = words$26$q;
        values$26$d = values$26$q;
        words$27$clock = clock;
        values$27$clock = clock;
        words$27$d = words$27$q;
        values$27$d = values$27$q;
        words$28$clock = clock;
        values$28$clock = clock;
        words$28$d = words$28$q;
        values$28$d = values$28$q;
        words$29$clock = clock;
        values$29$clock = clock;
        words$29$d = words$29$q;
        values$29$d = values$29$q;
        words$30$clock = clock;
        values$30$clock = clock;
        words$30$d = words$30$q;
        values$30$d = values$30$q;
        words$31$clock = clock;
        values$31$clock = clock;
        words$31$d = words$31$q;
        values$31$d = values$31$q;
        words$32$clock = clock;
        values$32$clock = clock;
        words$32$d = words$32$q;
        values$32$d = values$32$q;
        words$33$clock = clock;
        values$33$clock = clock;
        words$33$d = words$33$q;
        values$33$d = values$33$q;
        words$34$clock = clock;
        values$34$clock = clock;
        words$34$d = words$34$q;
        values$34$d = values$34$q;
        words$35$clock = clock;
        values$35$clock = clock;
        words$35$d = words$35$q;
        values$35$d = values$35$q;
        words$36$clock = clock;
        values$36$clock = clock;
        words$36$d = words$36$q;
        values$36$d = values$36$q;
        words$37$clock = clock;
        values$37$clock = clock;
        words$37$d = words$37$q;
        values$37$d = values$37$q;
        words$38$clock = clock;
        values$38$clock = clock;
        words$38$d = words$38$q;
        values$38$d = values$38$q;
        words$39$clock = clock;
        values$39$clock = clock;
        words$39$d = words$39$q;
        values$39$d = values$39$q;
        words$40$clock = clock;
        values$40$clock = clock;
        words$40$d = words$40$q;
        values$40$d = values$40$q;
        sel_k = 32'h0;
        sel_s = 32'h0;
        sel_lo = 32'h0;
        sel_hi = 32'h0;
        writable = 1'b0;
        rword = 32'h0;
        if (addr == code$0) begin
            sel_k = k$0;
            sel_s = s$0;
            sel_lo = lo$0;
            sel_hi = hi$0;
            writable = 1'b1;
            rword = words$0$q;
        end
        if (addr == code$1) begin
            sel_k = k$1;
            sel_s = s$1;
            sel_lo = lo$1;
            sel_hi = hi$1;
            writable = 1'b1;
            rword = words$1$q;
        end
        if (addr == code$2) begin
            sel_k = k$2;
            sel_s = s$2;
            sel_lo = lo$2;
            sel_hi = hi$2;
            writable = 1'b1;
            rword = words$2$q;
        end
        if (addr == code$3) begin
            sel_k = k$3;
            sel_s = s$3;
            sel_lo = lo$3;
            sel_hi = hi$3;
            writable = 1'b1;
            rword = words$3$q;
        end
        if (addr == code$4) begin
            sel_k = k$4;
            sel_s = s$4;
            sel_lo = lo$4;
            sel_hi = hi$4;
            writable = 1'b1;
            rword = words$4$q;
        end
        if (addr == code$5) begin
            sel_k = k$5;
            sel_s = s$5;
            sel_lo = lo$5;
            sel_hi = hi$5;
            writable = 1'b1;
            rword = words$5$q;
        end
        if (addr == code$6) begin
            sel_k = k$6;
            sel_s = s$6;
            sel_lo = lo$6;
            sel_hi = hi$6;
            writable = 1'b1;
            rword = words$6$q;
        end
        if (addr == code$7) begin
            sel_k = k$7;
            sel_s = s$7;
            sel_lo = lo$7;
            sel_hi = hi$7;
            writable = 1'b1;
            rword = words$7$q;
        end
        if (addr == code$8) begin
            sel_k = k$8;
            sel_s = s$8;
            sel_lo = lo$8;
            sel_hi = hi$8;
            writable = 1'b1;
            rword = words$8$q;
        end
        if (addr == code$9) begin
            sel_k = k$9;
            sel_s = s$9;
            sel_lo = lo$9;
            sel_hi = hi$9;
            writable = 1'b1;
            rword = words$9$q;
        end
        if (addr == code$10) begin
            sel_k = k$10;
            sel_s = s$10;
            sel_lo = lo$10;
            sel_hi = hi$10;
            writable = 1'b1;
            rword = words$10$q;
        end
        if (addr == code$11) begin
            sel_k = k$11;
            sel_s = s$11;
            sel_lo = lo$11;
            sel_hi = hi$11;
            writable = 1'b1;
            rword = words$11$q;
        end
        if (addr == code$12) begin
            sel_k = k$12;
            sel_s = s$12;
            sel_lo = lo$12;
            sel_hi = hi$12;
            writable = 1'b1;
            rword = words$12$q;
        end
        if (addr == code$13) begin
            sel_k = k$13;
            sel_s = s$13;
            sel_lo = lo$13;
            sel_hi = hi$13;
            writable = 1'b1;
            rword = words$13$q;
        end
        if (addr == code$14) begin
            sel_k = k$14;
            sel_s = s$14;
            sel_lo = lo$14;
            sel_hi = hi$14;
            writable = 1'b1;
            rword = words$14$q;
        end
        if (addr == code$15) begin
            sel_k = k$15;
            sel_s = s$15;
            sel_lo = lo$15;
            sel_hi = hi$15;
            writable = 1'b1;
            rword = words$15$q;
        end
        if (addr == code$16) begin
            sel_k = k$16;
            sel_s = s$16;
            sel_lo = lo$16;
            sel_hi = hi$16;
            writable = 1'b1;
            rword = words$16$q;
        end
        if (addr == code$17) begin
            sel_k = k$17;
            sel_s = s$17;
            sel_lo = lo$17;
            sel_hi = hi$17;
            writable = 1'b1;
            rword = words$17$q;
        end
        if (addr == code$18) begin
            sel_k = k$18;
            sel_s = s$18;
            sel_lo = lo$18;
            sel_hi = hi$18;
            writable = 1'b1;
            rword = words$18$q;
        end
        if (addr == code$19) begin
            sel_k = k$19;
            sel_s = s$19;
            sel_lo = lo$19;
            sel_hi = hi$19;
            writable = 1'b1;
            rword = words$19$q;
        end
        if (addr == code$20) begin
            sel_k = k$20;
            sel_s = s$20;
            sel_lo = lo$20;
            sel_hi = hi$20;
            writable = 1'b1;
            rword = words$20$q;
        end
        if (addr == code$21) begin
            sel_k = k$21;
            sel_s = s$21;
            sel_lo = lo$21;
            sel_hi = hi$21;
            writable = 1'b1;
            rword = words$21$q;
        end
        if (addr == code$22) begin
            sel_k = k$22;
            sel_s = s$22;
            sel_lo = lo$22;
            sel_hi = hi$22;
            writable = 1'b1;
            rword = words$22$q;
        end
        if (addr == code$23) begin
            sel_k = k$23;
            sel_s = s$23;
            sel_lo = lo$23;
            sel_hi = hi$23;
            writable = 1'b1;
            rword = words$23$q;
        end
        if (addr == code$24) begin
            sel_k = k$24;
            sel_s = s$24;
            sel_lo = lo$24;
            sel_hi = hi$24;
            writable = 1'b1;
            rword = words$24$q;
        end
        if (addr == code$25) begin
            sel_k = k$25;
            sel_s = s$25;
            sel_lo = lo$25;
            sel_hi = hi$25;
            writable = 1'b1;
            rword = words$25$q;
        end
        if (addr == code$26) begin
            sel_k = k$26;
            sel_s = s$26;
            sel_lo = lo$26;
            sel_hi = hi$26;
            writable = 1'b1;
            rword = words$26$q;
        end
        if (addr == code$27) begin
            sel_k = k$27;
            sel_s = s$27;
            sel_lo = lo$27;
            sel_hi = hi$27;
            writable = 1'b1;
            rword = words$27$q;
        end
        if (addr == code$28) begin
            sel_k = k$28;
            sel_s = s$28;
            sel_lo = lo$28;
            sel_hi = hi$28;
            writable = 1'b1;
            rword = words$28$q;
        end
        if (addr == code$29) begin
            sel_k = k$29;
            sel_s = s$29;
            sel_lo = lo$29;
            sel_hi = hi$29;
            writable = 1'b1;
            rword = words$29$q;
        end
        if (addr == code$30) begin
            sel_k = k$30;
            sel_s = s$30;
            sel_lo = lo$30;
            sel_hi = hi$30;
            writable = 1'b1;
            rword = words$30$q;
        end
        if (addr == code$31) begin
            sel_k = k$31;
            sel_s = s$31;
            sel_lo = lo$31;
            sel_hi = hi$31;
            writable = 1'b1;
            rword = words$31$q;
        end
        if (addr == code$32) begin
            sel_k = k$32;
            sel_s = s$32;
            sel_lo = lo$32;
            sel_hi = hi$32;
            writable = 1'b1;
            rword = words$32$q;
        end
        if (addr == code$33) begin
            sel_k = k$33;
            sel_s = s$33;
            sel_lo = lo$33;
            sel_hi = hi$33;
            writable = 1'b1;
            rword = words$33$q;
        end
        if (addr == code$34) begin
            sel_k = k$34;
            sel_s = s$34;
            sel_lo = lo$34;
            sel_hi = hi$34;
            writable = 1'b1;
            rword = words$34$q;
        end
        if (addr == code$35) begin
            sel_k = k$35;
            sel_s = s$35;
            sel_lo = lo$35;
            sel_hi = hi$35;
            writable = 1'b1;
            rword = words$35$q;
        end
        if (addr == code$36) begin
            sel_k = k$36;
            sel_s = s$36;
            sel_lo = lo$36;
            sel_hi = hi$36;
            writable = 1'b1;
            rword = words$36$q;
        end
        if (addr == code$37) begin
            sel_k = k$37;
            sel_s = s$37;
            sel_lo = lo$37;
            sel_hi = hi$37;
            writable = 1'b1;
            rword = words$37$q;
        end
        if (addr == code$38) begin
            sel_k = k$38;
            sel_s = s$38;
            sel_lo = lo$38;
            sel_hi = hi$38;
            writable = 1'b1;
            rword = words$38$q;
        end
        if (addr == code$39) begin
            sel_k = k$39;
            sel_s = s$39;
            sel_lo = lo$39;
            sel_hi = hi$39;
            writable = 1'b1;
            rword = words$39$q;
        end
        if (addr == code$40) begin
            sel_k = k$40;
            sel_s = s$40;
            sel_lo = lo$40;
            sel_hi = hi$40;
            writable = 1'b1;
            rword = words$40$q;
        end
        y = ((wdata[(32'h0)+:(11)]) & 12'hfff);
        if (wdata[32'ha]) begin
            y = ((wdata[(32'h0)+:(11)]) & 12'hfff) | 32'h800;
        end
        mul$a = y;
        mul$b = ((sel_k) & 21'h1fffff);
        sh = ((wdata[(32'hb)+:(5)]) & 6'h3f) + sel_s;
        if (wdata[32'hf]) begin
            sh = (((wdata[(32'hb)+:(5)]) & 6'h3f) | 32'h20) + sel_s;
        end
        prod = ((mul$p) & 56'hffffffffffffff);
        if (mul$p[32'h20]) begin
            prod = ((mul$p) & 56'hffffffffffffff) | 64'hfffffe00000000;
        end
        hi56 = ((sel_hi) & 56'hffffffffffffff);
        if (sel_hi[32'h27]) begin
            hi56 = ((sel_hi) & 56'hffffffffffffff) | 64'hffff0000000000;
        end
        lo56 = ((sel_lo) & 56'hffffffffffffff);
        if (sel_lo[32'h27]) begin
            lo56 = ((sel_lo) & 56'hffffffffffffff) | 64'hffff0000000000;
        end
        rsh = ~sh + 32'h1;
        if (sh[32'h5]) begin
            if (prod[32'h37]) begin
                shifted = ~((~prod) >> rsh);
            end
            else begin
                shifted = prod >> rsh;
            end
        end
        else begin
            shifted = prod << sh;
        end
        if (we) begin
            if (addr == code$0) begin
                if (kind$0 == 32'h0) begin
                    words$0$d = wdata & 32'hff;
                    values$0$d = ((wdata & 32'hff) & 40'hffffffffff);
                end
                else begin
                    words$0$d = wdata;
                    if (kind$0 == 32'h2) begin
                        if ((shifted ^ 64'h80000000000000) > (hi56 ^ 64'h80000000000000)) begin
                            values$0$d = hi$0;
                        end
                        else if ((shifted ^ 64'h80000000000000) < (lo56 ^ 64'h80000000000000)) begin
                            values$0$d = lo$0;
                        end
                        else begin
                            values$0$d = ((shifted) & 40'hffffffffff);
                        end
                    end
                    else if (((wdata) & 40'hffffffffff) > hi$0) begin
                        values$0$d = hi$0;
                    end
                    else begin
                        values$0$d = ((wdata) & 40'hffffffffff);
                    end
                end
            end
            if (addr == code$1) begin
                if (kind$1 == 32'h0) begin
                    words$1$d = wdata & 32'hff;
                    values$1$d = ((wdata & 32'hff) & 40'hffffffffff);
                end
                else begin
                    words$1$d = wdata;
                    if (kind$1 == 32'h2) begin
                        if ((shifted ^ 64'h80000000000000) > (hi56 ^ 64'h80000000000000)) begin
                            values$1$d = hi$1;
                        end
                        else if ((shifted ^ 64'h80000000000000) < (lo56 ^ 64'h80000000000000)) begin
                            values$1$d = lo$1;
                        end
                        else begin
                            values$1$d = ((shifted) & 40'hffffffffff);
                        end
                    end
                    else if (((wdata) & 40'hffffffffff) > hi$1) begin
                        values$1$d = hi$1;
                    end
                    else begin
                        values$1$d = ((wdata) & 40'hffffffffff);
                    end
                end
            end
            if (addr == code$2) begin
                if (kind$2 == 32'h0) begin
                    words$2$d = wdata & 32'hff;
                    values$2$d = ((wdata & 32'hff) & 40'hffffffffff);
                end
                else begin
                    words$2$d = wdata;
                    if (kind$2 == 32'h2) begin
                        if ((shifted ^ 64'h80000000000000) > (hi56 ^ 64'h80000000000000)) begin
                            values$2$d = hi$2;
                        end
                        else if ((shifted ^ 64'h80000000000000) < (lo56 ^ 64'h80000000000000)) begin
                            values$2$d = lo$2;
                        end
                        else begin
                            values$2$d = ((shifted) & 40'hffffffffff);
                        end
                    end
                    else if (((wdata) & 40'hffffffffff) > hi$2) begin
                        values$2$d = hi$2;
                    end
                    else begin
                        values$2$d = ((wdata) & 40'hffffffffff);
                    end
                end
            end
            if (addr == code$3) begin
                if (kind$3 == 32'h0) begin
                    words$3$d = wdata & 32'hff;
                    values$3$d = ((wdata & 32'hff) & 40'hffffffffff);
                end
                else begin
                    words$3$d = wdata;
                    if (kind$3 == 32'h2) begin
                        if ((shifted ^ 64'h80000000000000) > (hi56 ^ 64'h80000000000000)) begin
                            values$3$d = hi$3;
                        end
                        else if ((shifted ^ 64'h80000000000000) < (lo56 ^ 64'h80000000000000)) begin
                            values$3$d = lo$3;
                        end
                        else begin
                            values$3$d = ((shifted) & 40'hffffffffff);
                        end
                    end
                    else if (((wdata) & 40'hffffffffff) > hi$3) begin
                        values$3$d = hi$3;
                    end
                    else begin
                        values$3$d = ((wdata) & 40'hffffffffff);
                    end
                end
            end
            if (addr == code$4) begin
                if (kind$4 == 32'h0) begin
                    words$4$d = wdata & 32'hff;
                    values$4$d = ((wdata & 32'hff) & 40'hffffffffff);
                end
                else begin
                    words$4$d = wdata;
                    if (kind$4 == 32'h2) begin
                        if ((shifted ^ 64'h80000000000000) > (hi56 ^ 64'h80000000000000)) begin
                            values$4$d = hi$4;
                        end
                        else if ((shifted ^ 64'h80000000000000) < (lo56 ^ 64'h80000000000000)) begin
                            values$4$d = lo$4;
                        end
                        else begin
                            values$4$d = ((shifted) & 40'hffffffffff);
                        end
                    end
                    else if (((wdata) & 40'hffffffffff) > hi$4) begin
                        values$4$d = hi$4;
                    end
                    else begin
                        values$4$d = ((wdata) & 40'hffffffffff);
                    end
                end
            end
            if (addr == code$5) begin
                if (kind$5 == 32'h0) begin
                    words$5$d = wdata & 32'hff;
                    values$5$d = ((wdata & 32'hff) & 40'hffffffffff);
                end
                else begin
                    words$5$d = wdata;
                    if (kind$5 == 32'h2) begin
                        if ((shifted ^ 64'h80000000000000) > (hi56 ^ 64'h80000000000000)) begin
                            values$5$d = hi$5;
                        end
                        else if ((shifted ^ 64'h80000000000000) < (lo56 ^ 64'h80000000000000)) begin
                            values$5$d = lo$5;
                        end
                        else begin
                            values$5$d = ((shifted) & 40'hffffffffff);
                        end
                    end
                    else if (((wdata) & 40'hffffffffff) > hi$5) begin
                        values$5$d = hi$5;
                    end
                    else begin
                        values$5$d = ((wdata) & 40'hffffffffff);
                    end
                end
            end
            if (addr == code$6) begin
                if (kind$6 == 32'h0) begin
                    words$6$d = wdata & 32'hff;
                    values$6$d = ((wdata & 32'hff) & 40'hffffffffff);
                end
                else begin
                    words$6$d = wdata;
                    if (kind$6 == 32'h2) begin
                        if ((shifted ^ 64'h80000000000000) > (hi56 ^ 64'h80000000000000)) begin
                            values$6$d = hi$6;
                        end
                        else if ((shifted ^ 64'h80000000000000) < (lo56 ^ 64'h80000000000000)) begin
                            values$6$d = lo$6;
                        end
                        else begin
                            values$6$d = ((shifted) & 40'hffffffffff);
                        end
                    end
                    else if (((wdata) & 40'hffffffffff) > hi$6) begin
                        values$6$d = hi$6;
                    end
                    else begin
                        values$6$d = ((wdata) & 40'hffffffffff);
                    end
                end
            end
            if (addr == code$7) begin
                if (kind$7 == 32'h0) begin
                    words$7$d = wdata & 32'hff;
                    values$7$d = ((wdata & 32'hff) & 40'hffffffffff);
                end
                else begin
                    words$7$d = wdata;
                    if (kind$7 == 32'h2) begin
                        if ((shifted ^ 64'h80000000000000) > (hi56 ^ 64'h80000000000000)) begin
                            values$7$d = hi$7;
                        end
                        else if ((shifted ^ 64'h80000000000000) < (lo56 ^ 64'h80000000000000)) begin
                            values$7$d = lo$7;
                        end
                        else begin
                            values$7$d = ((shifted) & 40'hffffffffff);
                        end
                    end
                    else if (((wdata) & 40'hffffffffff) > hi$7) begin
                        values$7$d = hi$7;
                    end
                    else begin
                        values$7$d = ((wdata) & 40'hffffffffff);
                    end
                end
            end
            if (addr == code$8) begin
                if (kind$8 == 32'h0) begin
                    words$8$d = wdata & 32'hff;
                    values$8$d = ((wdata & 32'hff) & 40'hffffffffff);
                end
                else begin
                    words$8$d = wdata;
                    if (kind$8 == 32'h2) begin
                        if ((shifted ^ 64'h80000000000000) > (hi56 ^ 64'h80000000000000)) begin
                            values$8$d = hi$8;
                        end
                        else if ((shifted ^ 64'h80000000000000) < (lo56 ^ 64'h80000000000000)) begin
                            values$8$d = lo$8;
                        end
                        else begin
                            values$8$d = ((shifted) & 40'hffffffffff);
                        end
                    end
                    else if (((wdata) & 40'hffffffffff) > hi$8) begin
                        values$8$d = hi$8;
                    end
                    else begin
                        values$8$d = ((wdata) & 40'hffffffffff);
                    end
                end
            end
            if (addr == code$9) begin
                if (kind$9 == 32'h0) begin
                    words$9$d = wdata & 32'hff;
                    values$9$d = ((wdata & 32'hff) & 40'hffffffffff);
                end
                else begin
                    words$9$d = wdata;
                    if (kind$9 == 32'h2) begin
                        if ((shifted ^ 64'h80000000000000) > (hi56 ^ 64'h80000000000000)) begin
                            values$9$d = hi$9;
                        end
                        else if ((shifted ^ 64'h80000000000000) < (lo56 ^ 64'h80000000000000)) begin
                            values$9$d = lo$9;
                        end
                        else begin
                            values$9$d = ((shifted) & 40'hffffffffff);
                        end
                    end
                    else if (((wdata) & 40'hffffffffff) > hi$9) begin
                        values$9$d = hi$9;
                    end
                    else begin
                        values$9$d = ((wdata) & 40'hffffffffff);
                    end
                end
            end
            if (addr == code$10) begin
                if (kind$10 == 32'h0) begin
                    words$10$d = wdata & 32'hff;
                    values$10$d = ((wdata & 32'hff) & 40'hffffffffff);
                end
                else begin
                    words$10$d = wdata;
                    if (kind$10 == 32'h2) begin
                        if ((shifted ^ 64'h80000000000000) > (hi56 ^ 64'h80000000000000)) begin
                            values$10$d = hi$10;
                        end
                        else if ((shifted ^ 64'h80000000000000) < (lo56 ^ 64'h80000000000000)) begin
                            values$10$d = lo$10;
                        end
                        else begin
                            values$10$d = ((shifted) & 40'hffffffffff);
                        end
                    end
                    else if (((wdata) & 40'hffffffffff) > hi$10) begin
                        values$10$d = hi$10;
                    end
                    else begin
                        values$10$d = ((wdata) & 40'hffffffffff);
                    end
                end
            end
            if (addr == code$11) begin
                if (kind$11 == 32'h0) begin
                    words$11$d = wdata & 32'hff;
                    values$11$d = ((wdata & 32'hff) & 40'hffffffffff);
                end
                else begin
                    words$11$d = wdata;
                    if (kind$11 == 32'h2) begin
                        if ((shifted ^ 64'h80000000000000) > (hi56 ^ 64'h80000000000000)) begin
                            values$11$d = hi$11;
                        end
                        else if ((shifted ^ 64'h80000000000000) < (lo56 ^ 64'h80000000000000)) begin
                            values$11$d = lo$11;
                        end
                        else begin
                            values$11$d = ((shifted) & 40'hffffffffff);
                        end
                    end
                    else if (((wdata) & 40'hffffffffff) > hi$11) begin
                        values$11$d = hi$11;
                    end
                    else begin
                        values$11$d = ((wdata) & 40'hffffffffff);
                    end
                end
            end
            if (addr == code$12) begin
                if (kind$12 == 32'h0) begin
                    words$12$d = wdata & 32'hff;
                    values$12$d = ((wdata & 32'hff) & 40'hffffffffff);
                end
                else begin
                    words$12$d = wdata;
                    if (kind$12 == 32'h2) begin
                        if ((shifted ^ 64'h80000000000000) > (hi56 ^ 64'h80000000000000)) begin
                            values$12$d = hi$12;
                        end
                        else if ((shifted ^ 64'h80000000000000) < (lo56 ^ 64'h80000000000000)) begin
                            values$12$d = lo$12;
                        end
                        else begin
                            values$12$d = ((shifted) & 40'hffffffffff);
                        end
                    end
                    else if (((wdata) & 40'hffffffffff) > hi$12) begin
                        values$12$d = hi$12;
                    end
                    else begin
                        values$12$d = ((wdata) & 40'hffffffffff);
                    end
                end
            end
            if (addr == code$13) begin
                if (kind$13 == 32'h0) begin
                    words$13$d = wdata & 32'hff;
                    values$13$d = ((wdata & 32'hff) & 40'hffffffffff);
                end
                else begin
                    words$13$d = wdata;
                    if (kind$13 == 32'h2) begin
                        if ((shifted ^ 64'h80000000000000) > (hi56 ^ 64'h80000000000000)) begin
                            values$13$d = hi$13;
                        end
                        else if ((shifted ^ 64'h80000000000000) < (lo56 ^ 64'h80000000000000)) begin
                            values$13$d = lo$13;
                        end
                        else begin
                            values$13$d = ((shifted) & 40'hffffffffff);
                        end
                    end
                    else if (((wdata) & 40'hffffffffff) > hi$13) begin
                        values$13$d = hi$13;
                    end
                    else begin
                        values$13$d = ((wdata) & 40'hffffffffff);
                    end
                end
            end
            if (addr == code$14) begin
                if (kind$14 == 32'h0) begin
                    words$14$d = wdata & 32'hff;
                    values$14$d = ((wdata & 32'hff) & 40'hffffffffff);
                end
                else begin
                    words$14$d = wdata;
                    if (kind$14 == 32'h2) begin
                        if ((shifted ^ 64'h80000000000000) > (hi56 ^ 64'h80000000000000)) begin
                            values$14$d = hi$14;
                        end
                        else if ((shifted ^ 64'h80000000000000) < (lo56 ^ 64'h80000000000000)) begin
                            values$14$d = lo$14;
                        end
                        else begin
                            values$14$d = ((shifted) & 40'hffffffffff);
                        end
                    end
                    else if (((wdata) & 40'hffffffffff) > hi$14) begin
                        values$14$d = hi$14;
                    end
                    else begin
                        values$14$d = ((wdata) & 40'hffffffffff);
                    end
                end
            end
            if (addr == code$15) begin
                if (kind$15 == 32'h0) begin
                    words$15$d = wdata & 32'hff;
                    values$15$d = ((wdata & 32'hff) & 40'hffffffffff);
                end
                else begin
                    words$15$d = wdata;
                    if (kind$15 == 32'h2) begin
                        if ((shifted ^ 64'h80000000000000) > (hi56 ^ 64'h80000000000000)) begin
                            values$15$d = hi$15;
                        end
                        else if ((shifted ^ 64'h80000000000000) < (lo56 ^ 64'h80000000000000)) begin
                            values$15$d = lo$15;
                        end
                        else begin
                            values$15$d = ((shifted) & 40'hffffffffff);
                        end
                    end
                    else if (((wdata) & 40'hffffffffff) > hi$15) begin
                        values$15$d = hi$15;
                    end
                    else begin
                        values$15$d = ((wdata) & 40'hffffffffff);
                    end
                end
            end
            if (addr == code$16) begin
                if (kind$16 == 32'h0) begin
                    words$16$d = wdata & 32'hff;
                    values$16$d = ((wdata & 32'hff) & 40'hffffffffff);
                end
                else begin
                    words$16$d = wdata;
                    if (kind$16 == 32'h2) begin
                        if ((shifted ^ 64'h80000000000000) > (hi56 ^ 64'h80000000000000)) begin
                            values$16$d = hi$16;
                        end
                        else if ((shifted ^ 64'h80000000000000) < (lo56 ^ 64'h80000000000000)) begin
                            values$16$d = lo$16;
                        end
                        else begin
                            values$16$d = ((shifted) & 40'hffffffffff);
                        end
                    end
                    else if (((wdata) & 40'hffffffffff) > hi$16) begin
                        values$16$d = hi$16;
                    end
                    else begin
                        values$16$d = ((wdata) & 40'hffffffffff);
                    end
                end
            end
            if (addr == code$17) begin
                if (kind$17 == 32'h0) begin
                    words$17$d = wdata & 32'hff;
                    values$17$d = ((wdata & 32'hff) & 40'hffffffffff);
                end
                else begin
                    words$17$d = wdata;
                    if (kind$17 == 32'h2) begin
                        if ((shifted ^ 64'h80000000000000) > (hi56 ^ 64'h80000000000000)) begin
                            values$17$d = hi$17;
                        end
                        else if ((shifted ^ 64'h80000000000000) < (lo56 ^ 64'h80000000000000)) begin
                            values$17$d = lo$17;
                        end
                        else begin
                            values$17$d = ((shifted) & 40'hffffffffff);
                        end
                    end
                    else if (((wdata) & 40'hffffffffff) > hi$17) begin
                        values$17$d = hi$17;
                    end
                    else begin
                        values$17$d = ((wdata) & 40'hffffffffff);
                    end
                end
            end
            if (addr == code$18) begin
                if (kind$18 == 32'h0) begin
                    words$18$d = wdata & 32'hff;
                    values$18$d = ((wdata & 32'hff) & 40'hffffffffff);
                end
                else begin
                    words$18$d = wdata;
                    if (kind$18 == 32'h2) begin
                        if ((shifted ^ 64'h80000000000000) > (hi56 ^ 64'h80000000000000)) begin
                            values$18$d = hi$18;
                        end
                        else if ((shifted ^ 64'h80000000000000) < (lo56 ^ 64'h80000000000000)) begin
                            values$18$d = lo$18;
                        end
                        else begin
                            values$18$d = ((shifted) & 40'hffffffffff);
                        end
                    end
                    else if (((wdata) & 40'hffffffffff) > hi$18) begin
                        values$18$d = hi$18;
                    end
                    else begin
                        values$18$d = ((wdata) & 40'hffffffffff);
                    end
                end
            end
            if (addr == code$19) begin
                if (kind$19 == 32'h0) begin
                    words$19$d = wdata & 32'hff;
                    values$19$d = ((wdata & 32'hff) & 40'hffffffffff);
                end
                else begin
                    words$19$d = wdata;
                    if (kind$19 == 32'h2) begin
                        if ((shifted ^ 64'h80000000000000) > (hi56 ^ 64'h80000000000000)) begin
                            values$19$d = hi$19;
                        end
                        else if ((shifted ^ 64'h80000000000000) < (lo56 ^ 64'h80000000000000)) begin
                            values$19$d = lo$19;
                        end
                        else begin
                            values$19$d = ((shifted) & 40'hffffffffff);
                        end
                    end
                    else if (((wdata) & 40'hffffffffff) > hi$19) begin
                        values$19$d = hi$19;
                    end
                    else begin
                        values$19$d = ((wdata) & 40'hffffffffff);
                    end
                end
            end
            if (addr == code$20) begin
                if (kind$20 == 32'h0) begin
                    words$20$d = wdata & 32'hff;
                    values$20$d = ((wdata & 32'hff) & 40'hffffffffff);
                end
                else begin
                    words$20$d = wdata;
                    if (kind$20 == 32'h2) begin
                        if ((shifted ^ 64'h80000000000000) > (hi56 ^ 64'h80000000000000)) begin
                            values$20$d = hi$20;
                        end
                        else if ((shifted ^ 64'h80000000000000) < (lo56 ^ 64'h80000000000000)) begin
                            values$20$d = lo$20;
                        end
                        else begin
                            values$20$d = ((shifted) & 40'hffffffffff);
                        end
                    end
                    else if (((wdata) & 40'hffffffffff) > hi$20) begin
                        values$20$d = hi$20;
                    end
                    else begin
                        values$20$d = ((wdata) & 40'hffffffffff);
                    end
                end
            end
            if (addr == code$21) begin
                if (kind$21 == 32'h0) begin
                    words$21$d = wdata & 32'hff;
                    values$21$d = ((wdata & 32'hff) & 40'hffffffffff);
                end
                else begin
                    words$21$d = wdata;
                    if (kind$21 == 32'h2) begin
                        if ((shifted ^ 64'h80000000000000) > (hi56 ^ 64'h80000000000000)) begin
                            values$21$d = hi$21;
                        end
                        else if ((shifted ^ 64'h80000000000000) < (lo56 ^ 64'h80000000000000)) begin
                            values$21$d = lo$21;
                        end
                        else begin
                            values$21$d = ((shifted) & 40'hffffffffff);
                        end
                    end
                    else if (((wdata) & 40'hffffffffff) > hi$21) begin
                        values$21$d = hi$21;
                    end
                    else begin
                        values$21$d = ((wdata) & 40'hffffffffff);
                    end
                end
            end
            if (addr == code$22) begin
                if (kind$22 == 32'h0) begin
                    words$22$d = wdata & 32'hff;
                    values$22$d = ((wdata & 32'hff) & 40'hffffffffff);
                end
                else begin
                    words$22$d = wdata;
                    if (kind$22 == 32'h2) begin
                        if ((shifted ^ 64'h80000000000000) > (hi56 ^ 64'h80000000000000)) begin
                            values$22$d = hi$22;
                        end
                        else if ((shifted ^ 64'h80000000000000) < (lo56 ^ 64'h80000000000000)) begin
                            values$22$d = lo$22;
                        end
                        else begin
                            values$22$d = ((shifted) & 40'hffffffffff);
                        end
                    end
                    else if (((wdata) & 40'hffffffffff) > hi$22) begin
                        values$22$d = hi$22;
                    end
                    else begin
                        values$22$d = ((wdata) & 40'hffffffffff);
                    end
                end
            end
            if (addr == code$23) begin
                if (kind$23 == 32'h0) begin
                    words$23$d = wdata & 32'hff;
                    values$23$d = ((wdata & 32'hff) & 40'hffffffffff);
                end
                else begin
                    words$23$d = wdata;
                    if (kind$23 == 32'h2) begin
                        if ((shifted ^ 64'h80000000000000) > (hi56 ^ 64'h80000000000000)) begin
                            values$23$d = hi$23;
                        end
                        else if ((shifted ^ 64'h80000000000000) < (lo56 ^ 64'h80000000000000)) begin
                            values$23$d = lo$23;
                        end
                        else begin
                            values$23$d = ((shifted) & 40'hffffffffff);
                        end
                    end
                    else if (((wdata) & 40'hffffffffff) > hi$23) begin
                        values$23$d = hi$23;
                    end
                    else begin
                        values$23$d = ((wdata) & 40'hffffffffff);
                    end
                end
            end
            if (addr == code$24) begin
                if (kind$24 == 32'h0) begin
                    words$24$d = wdata & 32'hff;
                    values$24$d = ((wdata & 32'hff) & 40'hffffffffff);
                end
                else begin
                    words$24$d = wdata;
                    if (kind$24 == 32'h2) begin
                        if ((shifted ^ 64'h80000000000000) > (hi56 ^ 64'h80000000000000)) begin
                            values$24$d = hi$24;
                        end
                        else if ((shifted ^ 64'h80000000000000) < (lo56 ^ 64'h80000000000000)) begin
                            values$24$d = lo$24;
                        end
                        else begin
                            values$24$d = ((shifted) & 40'hffffffffff);
                        end
                    end
                    else if (((wdata) & 40'hffffffffff) > hi$24) begin
                        values$24$d = hi$24;
                    end
                    else begin
                        values$24$d = ((wdata) & 40'hffffffffff);
                    end
                end
            end
            if (addr == code$25) begin
                if (kind$25 == 32'h0) begin
                    words$25$d = wdata & 32'hff;
                    values$25$d = ((wdata & 32'hff) & 40'hffffffffff);
                end
                else begin
                    words$25$d = wdata;
                    if (kind$25 == 32'h2) begin
                        if ((shifted ^ 64'h80000000000000) > (hi56 ^ 64'h80000000000000)) begin
                            values$25$d = hi$25;
                        end
                        else if ((shifted ^ 64'h80000000000000) < (lo56 ^ 64'h80000000000000)) begin
                            values$25$d = lo$25;
                        end
                        else begin
                            values$25$d = ((shifted) & 40'hffffffffff);
                        end
                    end
                    else if (((wdata) & 40'hffffffffff) > hi$25) begin
                        values$25$d = hi$25;
                    end
                    else begin
                        values$25$d = ((wdata) & 40'hffffffffff);
                    end
                end
            end
            if (addr == code$26) begin
                if (kind$26 == 32'h0) begin
                    words$26$d = wdata & 32'hff;
                    values$26$d = ((wdata & 32'hff) & 40'hffffffffff);
                end
                else begin
                    words$26$d = wdata;
                    if (kind$26 == 32'h2) begin
                        if ((shifted ^ 64'h80000000000000) > (hi56 ^ 64'h80000000000000)) begin
                            values$26$d = hi$26;
                        end
                        else if ((shifted ^ 64'h80000000000000) < (lo56 ^ 64'h80000000000000)) begin
                            values$26$d = lo$26;
                        end
                        else begin
                            values$26$d = ((shifted) & 40'hffffffffff);
                        end
                    end
                    else if (((wdata) & 40'hffffffffff) > hi$26) begin
                        values$26$d = hi$26;
                    end
                    else begin
                        values$26$d = ((wdata) & 40'hffffffffff);
                    end
                end
            end
            if (addr == code$27) begin
                if (kind$27 == 32'h0) begin
                    words$27$d = wdata & 32'hff;
                    values$27$d = ((wdata & 32'hff) & 40'hffffffffff);
                end
                else begin
                    words$27$d = wdata;
                    if (kind$27 == 32'h2) begin
                        if ((shifted ^ 64'h80000000000000) > (hi56 ^ 64'h80000000000000)) begin
                            values$27$d = hi$27;
                        end
                        else if ((shifted ^ 64'h80000000000000) < (lo56 ^ 64'h80000000000000)) begin
                            values$27$d = lo$27;
                        end
                        else begin
                            values$27$d = ((shifted) & 40'hffffffffff);
                        end
                    end
                    else if (((wdata) & 40'hffffffffff) > hi$27) begin
                        values$27$d = hi$27;
                    end
                    else begin
                        values$27$d = ((wdata) & 40'hffffffffff);
                    end
                end
            end
            if (addr == code$28) begin
                if (kind$28 == 32'h0) begin
                    words$28$d = wdata & 32'hff;
                    values$28$d = ((wdata & 32'hff) & 40'hffffffffff);
                end
                else begin
                    words$28$d = wdata;
                    if (kind$28 == 32'h2) begin
                        if ((shifted ^ 64'h80000000000000) > (hi56 ^ 64'h80000000000000)) begin
                            values$28$d = hi$28;
                        end
                        else if ((shifted ^ 64'h80000000000000) < (lo56 ^ 64'h80000000000000)) begin
                            values$28$d = lo$28;
                        end
                        else begin
                            values$28$d = ((shifted) & 40'hffffffffff);
                        end
                    end
                    else if (((wdata) & 40'hffffffffff) > hi$28) begin
                        values$28$d = hi$28;
                    end
                    else begin
                        values$28$d = ((wdata) & 40'hffffffffff);
                    end
                end
            end
            if (addr == code$29) begin
                if (kind$29 == 32'h0) begin
                    words$29$d = wdata & 32'hff;
                    values$29$d = ((wdata & 32'hff) & 40'hffffffffff);
                end
                else begin
                    words$29$d = wdata;
                    if (kind$29 == 32'h2) begin
                        if ((shifted ^ 64'h80000000000000) > (hi56 ^ 64'h80000000000000)) begin
                            values$29$d = hi$29;
                        end
                        else if ((shifted ^ 64'h80000000000000) < (lo56 ^ 64'h80000000000000)) begin
                            values$29$d = lo$29;
                        end
                        else begin
                            values$29$d = ((shifted) & 40'hffffffffff);
                        end
                    end
                    else if (((wdata) & 40'hffffffffff) > hi$29) begin
                        values$29$d = hi$29;
                    end
                    else begin
                        values$29$d = ((wdata) & 40'hffffffffff);
                    end
                end
            end
            if (addr == code$30) begin
                if (kind$30 == 32'h0) begin
                    words$30$d = wdata & 32'hff;
                    values$30$d = ((wdata & 32'hff) & 40'hffffffffff);
                end
                else begin
                    words$30$d = wdata;
                    if (kind$30 == 32'h2) begin
                        if ((shifted ^ 64'h80000000000000) > (hi56 ^ 64'h80000000000000)) begin
                            values$30$d = hi$30;
                        end
                        else if ((shifted ^ 64'h80000000000000) < (lo56 ^ 64'h80000000000000)) begin
                            values$30$d = lo$30;
                        end
                        else begin
                            values$30$d = ((shifted) & 40'hffffffffff);
                        end
                    end
                    else if (((wdata) & 40'hffffffffff) > hi$30) begin
                        values$30$d = hi$30;
                    end
                    else begin
                        values$30$d = ((wdata) & 40'hffffffffff);
                    end
                end
            end
            if (addr == code$31) begin
                if (kind$31 == 32'h0) begin
                    words$31$d = wdata & 32'hff;
                    values$31$d = ((wdata & 32'hff) & 40'hffffffffff);
                end
                else begin
                    words$31$d = wdata;
                    if (kind$31 == 32'h2) begin
                        if ((shifted ^ 64'h80000000000000) > (hi56 ^ 64'h80000000000000)) begin
                            values$31$d = hi$31;
                        end
                        else if ((shifted ^ 64'h80000000000000) < (lo56 ^ 64'h80000000000000)) begin
                            values$31$d = lo$31;
                        end
                        else begin
                            values$31$d = ((shifted) & 40'hffffffffff);
                        end
                    end
                    else if (((wdata) & 40'hffffffffff) > hi$31) begin
                        values$31$d = hi$31;
                    end
                    else begin
                        values$31$d = ((wdata) & 40'hffffffffff);
                    end
                end
            end
            if (addr == code$32) begin
                if (kind$32 == 32'h0) begin
                    words$32$d = wdata & 32'hff;
                    values$32$d = ((wdata & 32'hff) & 40'hffffffffff);
                end
                else begin
                    words$32$d = wdata;
                    if (kind$32 == 32'h2) begin
                        if ((shifted ^ 64'h80000000000000) > (hi56 ^ 64'h80000000000000)) begin
                            values$32$d = hi$32;
                        end
                        else if ((shifted ^ 64'h80000000000000) < (lo56 ^ 64'h80000000000000)) begin
                            values$32$d = lo$32;
                        end
                        else begin
                            values$32$d = ((shifted) & 40'hffffffffff);
                        end
                    end
                    else if (((wdata) & 40'hffffffffff) > hi$32) begin
                        values$32$d = hi$32;
                    end
                    else begin
                        values$32$d = ((wdata) & 40'hffffffffff);
                    end
                end
            end
            if (addr == code$33) begin
                if (kind$33 == 32'h0) begin
                    words$33$d = wdata & 32'hff;
                    values$33$d = ((wdata & 32'hff) & 40'hffffffffff);
                end
                else begin
                    words$33$d = wdata;
                    if (kind$33 == 32'h2) begin
                        if ((shifted ^ 64'h80000000000000) > (hi56 ^ 64'h80000000000000)) begin
                            values$33$d = hi$33;
                        end
                        else if ((shifted ^ 64'h80000000000000) < (lo56 ^ 64'h80000000000000)) begin
                            values$33$d = lo$33;
                        end
                        else begin
                            values$33$d = ((shifted) & 40'hffffffffff);
                        end
                    end
                    else if (((wdata) & 40'hffffffffff) > hi$33) begin
                        values$33$d = hi$33;
                    end
                    else begin
                        values$33$d = ((wdata) & 40'hffffffffff);
                    end
                end
            end
            if (addr == code$34) begin
                if (kind$34 == 32'h0) begin
                    words$34$d = wdata & 32'hff;
                    values$34$d = ((wdata & 32'hff) & 40'hffffffffff);
                end
                else begin
                    words$34$d = wdata;
                    if (kind$34 == 32'h2) begin
                        if ((shifted ^ 64'h80000000000000) > (hi56 ^ 64'h80000000000000)) begin
                            values$34$d = hi$34;
                        end
                        else if ((shifted ^ 64'h80000000000000) < (lo56 ^ 64'h80000000000000)) begin
                            values$34$d = lo$34;
                        end
                        else begin
                            values$34$d = ((shifted) & 40'hffffffffff);
                        end
                    end
                    else if (((wdata) & 40'hffffffffff) > hi$34) begin
                        values$34$d = hi$34;
                    end
                    else begin
                        values$34$d = ((wdata) & 40'hffffffffff);
                    end
                end
            end
            if (addr == code$35) begin
                if (kind$35 == 32'h0) begin
                    words$35$d = wdata & 32'hff;
                    values$35$d = ((wdata & 32'hff) & 40'hffffffffff);
                end
                else begin
                    words$35$d = wdata;
                    if (kind$35 == 32'h2) begin
                        if ((shifted ^ 64'h80000000000000) > (hi56 ^ 64'h80000000000000)) begin
                            values$35$d = hi$35;
                        end
                        else if ((shifted ^ 64'h80000000000000) < (lo56 ^ 64'h80000000000000)) begin
                            values$35$d = lo$35;
                        end
                        else begin
                            values$35$d = ((shifted) & 40'hffffffffff);
                        end
                    end
                    else if (((wdata) & 40'hffffffffff) > hi$35) begin
                        values$35$d = hi$35;
                    end
                    else begin
                        values$35$d = ((wdata) & 40'hffffffffff);
                    end
                end
            end
            if (addr == code$36) begin
                if (kind$36 == 32'h0) begin
                    words$36$d = wdata & 32'hff;
                    values$36$d = ((wdata & 32'hff) & 40'hffffffffff);
                end
                else begin
                    words$36$d = wdata;
                    if (kind$36 == 32'h2) begin
                        if ((shifted ^ 64'h80000000000000) > (hi56 ^ 64'h80000000000000)) begin
                            values$36$d = hi$36;
                        end
                        else if ((shifted ^ 64'h80000000000000) < (lo56 ^ 64'h80000000000000)) begin
                            values$36$d = lo$36;
                        end
                        else begin
                            values$36$d = ((shifted) & 40'hffffffffff);
                        end
                    end
                    else if (((wdata) & 40'hffffffffff) > hi$36) begin
                        values$36$d = hi$36;
                    end
                    else begin
                        values$36$d = ((wdata) & 40'hffffffffff);
                    end
                end
            end
            if (addr == code$37) begin
                if (kind$37 == 32'h0) begin
                    words$37$d = wdata & 32'hff;
                    values$37$d = ((wdata & 32'hff) & 40'hffffffffff);
                end
                else begin
                    words$37$d = wdata;
                    if (kind$37 == 32'h2) begin
                        if ((shifted ^ 64'h80000000000000) > (hi56 ^ 64'h80000000000000)) begin
                            values$37$d = hi$37;
                        end
                        else if ((shifted ^ 64'h80000000000000) < (lo56 ^ 64'h80000000000000)) begin
                            values$37$d = lo$37;
                        end
                        else begin
                            values$37$d = ((shifted) & 40'hffffffffff);
                        end
                    end
                    else if (((wdata) & 40'hffffffffff) > hi$37) begin
                        values$37$d = hi$37;
                    end
                    else begin
                        values$37$d = ((wdata) & 40'hffffffffff);
                    end
                end
            end
            if (addr == code$38) begin
                if (kind$38 == 32'h0) begin
                    words$38$d = wdata & 32'hff;
                    values$38$d = ((wdata & 32'hff) & 40'hffffffffff);
                end
                else begin
                    words$38$d = wdata;
                    if (kind$38 == 32'h2) begin
                        if ((shifted ^ 64'h80000000000000) > (hi56 ^ 64'h80000000000000)) begin
                            values$38$d = hi$38;
                        end
                        else if ((shifted ^ 64'h80000000000000) < (lo56 ^ 64'h80000000000000)) begin
                            values$38$d = lo$38;
                        end
                        else begin
                            values$38$d = ((shifted) & 40'hffffffffff);
                        end
                    end
                    else if (((wdata) & 40'hffffffffff) > hi$38) begin
                        values$38$d = hi$38;
                    end
                    else begin
                        values$38$d = ((wdata) & 40'hffffffffff);
                    end
                end
            end
            if (addr == code$39) begin
                if (kind$39 == 32'h0) begin
                    words$39$d = wdata & 32'hff;
                    values$39$d = ((wdata & 32'hff) & 40'hffffffffff);
                end
                else begin
                    words$39$d = wdata;
                    if (kind$39 == 32'h2) begin
                        if ((shifted ^ 64'h80000000000000) > (hi56 ^ 64'h80000000000000)) begin
                            values$39$d = hi$39;
                        end
                        else if ((shifted ^ 64'h80000000000000) < (lo56 ^ 64'h80000000000000)) begin
                            values$39$d = lo$39;
                        end
                        else begin
                            values$39$d = ((shifted) & 40'hffffffffff);
                        end
                    end
                    else if (((wdata) & 40'hffffffffff) > hi$39) begin
                        values$39$d = hi$39;
                    end
                    else begin
                        values$39$d = ((wdata) & 40'hffffffffff);
                    end
                end
            end
            if (addr == code$40) begin
                if (kind$40 == 32'h0) begin
                    words$40$d = wdata & 32'hff;
                    values$40$d = ((wdata & 32'hff) & 40'hffffffffff);
                end
                else begin
                    words$40$d = wdata;
                    if (kind$40 == 32'h2) begin
                        if ((shifted ^ 64'h80000000000000) > (hi56 ^ 64'h80000000000000)) begin
                            values$40$d = hi$40;
                        end
                        else if ((shifted ^ 64'h80000000000000) < (lo56 ^ 64'h80000000000000)) begin
                            values$40$d = lo$40;
                        end
                        else begin
                            values$40$d = ((shifted) & 40'hffffffffff);
                        end
                    end
                    else if (((wdata) & 40'hffffffffff) > hi$40) begin
                        values$40$d = hi$40;
                    end
                    else begin
                        values$40$d = ((wdata) & 40'hffffffffff);
                    end
                end
            end
        end
        if (reset) begin
            words$0$d = reset_word$0;
            values$0$d = reset_value$0;
            words$1$d = reset_word$1;
            values$1$d = reset_value$1;
            words$2$d = reset_word$2;
            values$2$d = reset_value$2;
            words$3$d = reset_word$3;
            values$3$d = reset_value$3;
            words$4$d = reset_word$4;
            values$4$d = reset_value$4;
            words$5$d = reset_word$5;
            values$5$d = reset_value$5;
            words$6$d = reset_word$6;
            values$6$d = reset_value$6;
            words$7$d = reset_word$7;
            values$7$d = reset_value$7;
            words$8$d = reset_word$8;
            values$8$d = reset_value$8;
            words$9$d = reset_word$9;
            values$9$d = reset_value$9;
            words$10$d = reset_word$10;
            values$10$d = reset_value$10;
            words$11$d = reset_word$11;
            values$11$d = reset_value$11;
            words$12$d = reset_word$12;
            values$12$d = reset_value$12;
            words$13$d = reset_word$13;
            values$13$d = reset_value$13;
            words$14$d = reset_word$14;
            values$14$d = reset_value$14;
            words$15$d = reset_word$15;
            values$15$d = reset_value$15;
            words$16$d = reset_word$16;
            values$16$d = reset_value$16;
            words$17$d = reset_word$17;
            values$17$d = reset_value$17;
            words$18$d = reset_word$18;
            values$18$d = reset_value$18;
            words$19$d = reset_word$19;
            values$19$d = reset_value$19;
            words$20$d = reset_word$20;
            values$20$d = reset_value$20;
            words$21$d = reset_word$21;
            values$21$d = reset_value$21;
            words$22$d = reset_word$22;
            values$22$d = reset_value$22;
            words$23$d = reset_word$23;
            values$23$d = reset_value$23;
            words$24$d = reset_word$24;
            values$24$d = reset_value$24;
            words$25$d = reset_word$25;
            values$25$d = reset_value$25;
            words$26$d = reset_word$26;
            values$26$d = reset_value$26;
            words$27$d = reset_word$27;
            values$27$d = reset_value$27;
            words$28$d = reset_word$28;
            values$28$d = reset_value$28;
            words$29$d = reset_word$29;
            values$29$d = reset_value$29;
            words$30$d = reset_word$30;
            values$30$d = reset_value$30;
            words$31$d = reset_word$31;
            values$31$d = reset_value$31;
            words$32$d = reset_word$32;
            values$32$d = reset_value$32;
            words$33$d = reset_word$33;
            values$33$d = reset_value$33;
            words$34$d = reset_word$34;
            values$34$d = reset_value$34;
            words$35$d = reset_word$35;
            values$35$d = reset_value$35;
            words$36$d = reset_word$36;
            values$36$d = reset_value$36;
            words$37$d = reset_word$37;
            values$37$d = reset_value$37;
            words$38$d = reset_word$38;
            values$38$d = reset_value$38;
            words$39$d = reset_word$39;
            values$39$d = reset_value$39;
            words$40$d = reset_word$40;
            values$40$d = reset_value$40;
        end
        value$0 = values$0$q;
        value$1 = values$1$q;
        value$2 = values$2$q;
        value$3 = values$3$q;
        value$4 = values$4$q;
        value$5 = values$5$q;
        value$6 = values$6$q;
        value$7 = values$7$q;
        value$8 = values$8$q;
        value$9 = values$9$q;
        value$10 = values$10$q;
        value$11 = values$11$q;
        value$12 = values$12$q;
        value$13 = values$13$q;
        value$14 = values$14$q;
        value$15 = values$15$q;
        value$16 = values$16$q;
        value$17 = values$17$q;
        value$18 = values$18$q;
        value$19 = values$19$q;
        value$20 = values$20$q;
        value$21 = values$21$q;
        value$22 = values$22$q;
        value$23 = values$23$q;
        value$24 = values$24$q;
        value$25 = values$25$q;
        value$26 = values$26$q;
        value$27 = values$27$q;
        value$28 = values$28$q;
        value$29 = values$29$q;
        value$30 = values$30$q;
        value$31 = values$31$q;
        value$32 = values$32$q;
        value$33 = values$33$q;
        value$34 = values$34$q;
        value$35 = values$35$q;
        value$36 = values$36$q;
        value$37 = values$37$q;
        value$38 = values$38$q;
        value$39 = values$39$q;
        value$40 = values$40$q;
    end
    
endmodule // gridcore_vrm$regs


module gridcore_vrm$regs$mul(a,b,p);
    
    // Module arguments
    input wire  [11:0] a;
    input wire  [20:0] b;
    output reg  [32:0] p;
    
    // Update code (custom)
    always @(*) p = $signed(a) * $signed(b);
endmodule // gridcore_vrm$regs$mul


module gridcore_vrm$regs$values$0(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$regs$values$0


module gridcore_vrm$regs$values$1(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$regs$values$1


module gridcore_vrm$regs$values$10(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$regs$values$10


module gridcore_vrm$regs$values$11(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$regs$values$11


module gridcore_vrm$regs$values$12(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$regs$values$12


module gridcore_vrm$regs$values$13(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$regs$values$13


module gridcore_vrm$regs$values$14(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$regs$values$14


module gridcore_vrm$regs$values$15(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$regs$values$15


module gridcore_vrm$regs$values$16(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$regs$values$16


module gridcore_vrm$regs$values$17(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$regs$values$17


module gridcore_vrm$regs$values$18(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$regs$values$18


module gridcore_vrm$regs$values$19(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$regs$values$19


module gridcore_vrm$regs$values$2(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$regs$values$2


module gridcore_vrm$regs$values$20(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$regs$values$20


module gridcore_vrm$regs$values$21(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$regs$values$21


module gridcore_vrm$regs$values$22(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$regs$values$22


module gridcore_vrm$regs$values$23(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$regs$values$23


module gridcore_vrm$regs$values$24(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$regs$values$24


module gridcore_vrm$regs$values$25(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$regs$values$25


module gridcore_vrm$regs$values$26(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$regs$values$26


module gridcore_vrm$regs$values$27(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$regs$values$27


module gridcore_vrm$regs$values$28(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$regs$values$28


module gridcore_vrm$regs$values$29(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$regs$values$29


module gridcore_vrm$regs$values$3(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$regs$values$3


module gridcore_vrm$regs$values$30(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$regs$values$30


module gridcore_vrm$regs$values$31(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$regs$values$31


module gridcore_vrm$regs$values$32(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$regs$values$32


module gridcore_vrm$regs$values$33(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$regs$values$33


module gridcore_vrm$regs$values$34(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$regs$values$34


module gridcore_vrm$regs$values$35(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$regs$values$35


module gridcore_vrm$regs$values$36(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$regs$values$36


module gridcore_vrm$regs$values$37(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$regs$values$37


module gridcore_vrm$regs$values$38(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$regs$values$38


module gridcore_vrm$regs$values$39(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$regs$values$39


module gridcore_vrm$regs$values$4(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$regs$values$4


module gridcore_vrm$regs$values$40(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$regs$values$40


module gridcore_vrm$regs$values$5(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$regs$values$5


module gridcore_vrm$regs$values$6(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$regs$values$6


module gridcore_vrm$regs$values$7(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$regs$values$7


module gridcore_vrm$regs$values$8(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$regs$values$8


module gridcore_vrm$regs$values$9(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$regs$values$9


module gridcore_vrm$regs$words$0(d,q,clock);
    
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
          
endmodule // gridcore_vrm$regs$words$0


module gridcore_vrm$regs$words$1(d,q,clock);
    
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
          
endmodule // gridcore_vrm$regs$words$1


module gridcore_vrm$regs$words$10(d,q,clock);
    
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
          
endmodule // gridcore_vrm$regs$words$10


module gridcore_vrm$regs$words$11(d,q,clock);
    
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
          
endmodule // gridcore_vrm$regs$words$11


module gridcore_vrm$regs$words$12(d,q,clock);
    
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
          
endmodule // gridcore_vrm$regs$words$12


module gridcore_vrm$regs$words$13(d,q,clock);
    
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
          
endmodule // gridcore_vrm$regs$words$13


module gridcore_vrm$regs$words$14(d,q,clock);
    
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
          
endmodule // gridcore_vrm$regs$words$14


module gridcore_vrm$regs$words$15(d,q,clock);
    
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
          
endmodule // gridcore_vrm$regs$words$15


module gridcore_vrm$regs$words$16(d,q,clock);
    
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
          
endmodule // gridcore_vrm$regs$words$16


module gridcore_vrm$regs$words$17(d,q,clock);
    
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
          
endmodule // gridcore_vrm$regs$words$17


module gridcore_vrm$regs$words$18(d,q,clock);
    
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
          
endmodule // gridcore_vrm$regs$words$18


module gridcore_vrm$regs$words$19(d,q,clock);
    
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
          
endmodule // gridcore_vrm$regs$words$19


module gridcore_vrm$regs$words$2(d,q,clock);
    
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
          
endmodule // gridcore_vrm$regs$words$2


module gridcore_vrm$regs$words$20(d,q,clock);
    
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
          
endmodule // gridcore_vrm$regs$words$20


module gridcore_vrm$regs$words$21(d,q,clock);
    
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
          
endmodule // gridcore_vrm$regs$words$21


module gridcore_vrm$regs$words$22(d,q,clock);
    
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
          
endmodule // gridcore_vrm$regs$words$22


module gridcore_vrm$regs$words$23(d,q,clock);
    
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
          
endmodule // gridcore_vrm$regs$words$23


module gridcore_vrm$regs$words$24(d,q,clock);
    
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
          
endmodule // gridcore_vrm$regs$words$24


module gridcore_vrm$regs$words$25(d,q,clock);
    
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
          
endmodule // gridcore_vrm$regs$words$25


module gridcore_vrm$regs$words$26(d,q,clock);
    
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
          
endmodule // gridcore_vrm$regs$words$26


module gridcore_vrm$regs$words$27(d,q,clock);
    
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
          
endmodule // gridcore_vrm$regs$words$27


module gridcore_vrm$regs$words$28(d,q,clock);
    
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
          
endmodule // gridcore_vrm$regs$words$28


module gridcore_vrm$regs$words$29(d,q,clock);
    
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
          
endmodule // gridcore_vrm$regs$words$29


module gridcore_vrm$regs$words$3(d,q,clock);
    
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
          
endmodule // gridcore_vrm$regs$words$3


module gridcore_vrm$regs$words$30(d,q,clock);
    
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
          
endmodule // gridcore_vrm$regs$words$30


module gridcore_vrm$regs$words$31(d,q,clock);
    
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
          
endmodule // gridcore_vrm$regs$words$31


module gridcore_vrm$regs$words$32(d,q,clock);
    
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
          
endmodule // gridcore_vrm$regs$words$32


module gridcore_vrm$regs$words$33(d,q,clock);
    
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
          
endmodule // gridcore_vrm$regs$words$33


module gridcore_vrm$regs$words$34(d,q,clock);
    
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
          
endmodule // gridcore_vrm$regs$words$34


module gridcore_vrm$regs$words$35(d,q,clock);
    
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
          
endmodule // gridcore_vrm$regs$words$35


module gridcore_vrm$regs$words$36(d,q,clock);
    
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
          
endmodule // gridcore_vrm$regs$words$36


module gridcore_vrm$regs$words$37(d,q,clock);
    
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
          
endmodule // gridcore_vrm$regs$words$37


module gridcore_vrm$regs$words$38(d,q,clock);
    
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
          
endmodule // gridcore_vrm$regs$words$38


module gridcore_vrm$regs$words$39(d,q,clock);
    
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
          
endmodule // gridcore_vrm$regs$words$39


module gridcore_vrm$regs$words$4(d,q,clock);
    
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
          
endmodule // gridcore_vrm$regs$words$4


module gridcore_vrm$regs$words$40(d,q,clock);
    
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
          
endmodule // gridcore_vrm$regs$words$40


module gridcore_vrm$regs$words$5(d,q,clock);
    
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
          
endmodule // gridcore_vrm$regs$words$5


module gridcore_vrm$regs$words$6(d,q,clock);
    
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
          
endmodule // gridcore_vrm$regs$words$6


module gridcore_vrm$regs$words$7(d,q,clock);
    
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
          
endmodule // gridcore_vrm$regs$words$7


module gridcore_vrm$regs$words$8(d,q,clock);
    
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
          
endmodule // gridcore_vrm$regs$words$8


module gridcore_vrm$regs$words$9(d,q,clock);
    
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
          
endmodule // gridcore_vrm$regs$words$9


module gridcore_vrm$sched_rom(address,data);
    
    // Module arguments
    input wire  [4:0] address;
    output reg  [12:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        5'b0: data = 13'b0;
      5'b1: data = 13'b100000000000;
      5'b10: data = 13'b10000000000;
      5'b11: data = 13'b1010101010;
      5'b100: data = 13'b1000000000;
      5'b101: data = 13'b110011001;
      5'b110: data = 13'b101010101;
      5'b111: data = 13'b100100100;
      5'b1000: data = 13'b100000000;
      5'b1001: data = 13'b11100011;
      5'b1010: data = 13'b11001100;
      5'b1011: data = 13'b10111010;
      5'b1100: data = 13'b10101010;
      5'b1101: data = 13'b10011101;
      5'b1110: data = 13'b10010010;
      5'b1111: data = 13'b10001000;
      5'b10000: data = 13'b10000000;
      5'b10001: data = 13'b1111000;
      5'b10010: data = 13'b1110001;
      5'b10011: data = 13'b1101011;
      5'b10100: data = 13'b1100110;
      5'b10101: data = 13'b1100001;
      5'b10110: data = 13'b1011101;
      5'b10111: data = 13'b1011001;
      5'b11000: data = 13'b1010101;
      5'b11001: data = 13'b1010001;
      5'b11010: data = 13'b1001110;
      5'b11011: data = 13'b1001011;
      5'b11100: data = 13'b1001001;
      5'b11101: data = 13'b1000110;
      5'b11110: data = 13'b1000100;
      5'b11111: data = 13'b1000010;
      default: data = 13'b0;
    endcase
            
endmodule // gridcore_vrm$sched_rom


module gridcore_vrm$ss(d,q,clock);
    
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
          
endmodule // gridcore_vrm$ss


module gridcore_vrm$ss_pending(d,q,clock);
    
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
          
endmodule // gridcore_vrm$ss_pending


module gridcore_vrm$ss_rate(d,q,clock);
    
    // Module arguments
    input wire  [28:0] d;
    output reg  [28:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 29'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$ss_rate


module gridcore_vrm$st_input(d,q,clock);
    
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
          
endmodule // gridcore_vrm$st_input


module gridcore_vrm$st_iout(d,q,clock);
    
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
          
endmodule // gridcore_vrm$st_iout


module gridcore_vrm$st_mfr(d,q,clock);
    
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
          
endmodule // gridcore_vrm$st_mfr


module gridcore_vrm$st_temp(d,q,clock);
    
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
          
endmodule // gridcore_vrm$st_temp


module gridcore_vrm$st_vout(d,q,clock);
    
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
          
endmodule // gridcore_vrm$st_vout


module gridcore_vrm$step_rom(address,data);
    
    // Module arguments
    input wire  [4:0] address;
    output reg  [10:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        5'b0: data = 11'b0;
      5'b1: data = 11'b11001000;
      5'b10: data = 11'b1100100;
      5'b11: data = 11'b1000010;
      5'b100: data = 11'b110010;
      5'b101: data = 11'b101000;
      5'b110: data = 11'b100001;
      5'b111: data = 11'b11100;
      5'b1000: data = 11'b11001;
      5'b1001: data = 11'b10110;
      5'b1010: data = 11'b10100;
      5'b1011: data = 11'b10010;
      5'b1100: data = 11'b10000;
      5'b1101: data = 11'b1111;
      5'b1110: data = 11'b1110;
      5'b1111: data = 11'b1101;
      5'b10000: data = 11'b1100;
      5'b10001: data = 11'b1011;
      5'b10010: data = 11'b1011;
      5'b10011: data = 11'b1010;
      5'b10100: data = 11'b1010;
      5'b10101: data = 11'b1001;
      5'b10110: data = 11'b1001;
      5'b10111: data = 11'b1000;
      5'b11000: data = 11'b1000;
      5'b11001: data = 11'b1000;
      5'b11010: data = 11'b111;
      5'b11011: data = 11'b111;
      5'b11100: data = 11'b111;
      5'b11101: data = 11'b110;
      5'b11110: data = 11'b110;
      5'b11111: data = 11'b110;
      default: data = 11'b0;
    endcase
            
endmodule // gridcore_vrm$step_rom


module gridcore_vrm$tr(d,q,clock);
    
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
          
endmodule // gridcore_vrm$tr


module gridcore_vrm$u(d,q,clock);
    
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
          
endmodule // gridcore_vrm$u


module gridcore_vrm$v_set_q(d,q,clock);
    
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
          
endmodule // gridcore_vrm$v_set_q


module gridcore_vrm$vhist$0(d,q,clock);
    
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
          
endmodule // gridcore_vrm$vhist$0


module gridcore_vrm$vhist$1(d,q,clock);
    
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
          
endmodule // gridcore_vrm$vhist$1


module gridcore_vrm$vhist$2(d,q,clock);
    
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
          
endmodule // gridcore_vrm$vhist$2


module gridcore_vrm$vhist$3(d,q,clock);
    
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
          
endmodule // gridcore_vrm$vhist$3


module gridcore_vrm$vhist$4(d,q,clock);
    
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
          
endmodule // gridcore_vrm$vhist$4


module gridcore_vrm$vhist$5(d,q,clock);
    
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
          
endmodule // gridcore_vrm$vhist$5


module gridcore_vrm$vhist$6(d,q,clock);
    
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
          
endmodule // gridcore_vrm$vhist$6


module gridcore_vrm$vhist$7(d,q,clock);
    
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
          
endmodule // gridcore_vrm$vhist$7


module gridcore_vrm$vref_q(d,q,clock);
    
    // Module arguments
    input wire  [28:0] d;
    output reg  [28:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 29'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gridcore_vrm$vref_q
