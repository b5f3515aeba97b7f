define internal void @"main.init"(ptr %context) #_ {
entry:
  br label %b0
b0:
  ret void
}

define internal void @"main.main"(ptr %context) #_ {
entry:
  %gcframe = alloca {ptr, i32, ptr, ptr, ptr, ptr, ptr}, align 8
  %t1 = alloca {ptr, i32, i32}, align 4
  %t2 = alloca i32, align 4
  %t7 = alloca {ptr, i32, i32}, align 4
  %t9 = alloca [2 x i32], align 4
  %t14 = alloca i32, align 4
  %t15 = alloca {ptr, i32}, align 4
  %t18 = alloca {ptr, i32, i32}, align 4
  %t24 = alloca {ptr, i32, i32}, align 4
  %t40 = alloca [4 x i32], align 4
  %t41 = alloca ptr, align 4
  store {ptr, i32, ptr, ptr, ptr, ptr, ptr} zeroinitializer, ptr %gcframe
  %gcslot.2 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr, ptr}, ptr %gcframe, i32 0, i32 2
  %gcslot.3 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr, ptr}, ptr %gcframe, i32 0, i32 3
  %gcslot.4 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr, ptr}, ptr %gcframe, i32 0, i32 4
  %gcslot.5 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr, ptr}, ptr %gcframe, i32 0, i32 5
  %gcslot.6 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr, ptr}, ptr %gcframe, i32 0, i32 6
  %gcprev = load ptr, ptr @"runtime.stackChainStart"
  store ptr %gcprev, ptr %gcframe
  %gcsize = getelementptr inbounds {ptr, i32}, ptr %gcframe, i32 0, i32 1
  store i32 ptrtoint (ptr getelementptr ({ptr, i32, ptr, ptr, ptr, ptr, ptr}, ptr null, i32 1) to i32), ptr %gcsize
  store ptr %gcframe, ptr @"runtime.stackChainStart"
  br label %b0
b0:
  %.1 = call ptr @"runtime.makeslice"(i32 4, i32 0, i32 4, i32 0, ptr undef)
  %.2 = insertvalue {ptr, i32, i32} undef, ptr %.1, 0
  %.3 = insertvalue {ptr, i32, i32} %.2, i32 0, 1
  %.4 = insertvalue {ptr, i32, i32} %.3, i32 4, 2
  store {ptr, i32, i32} zeroinitializer, ptr %t1
  store {ptr, i32, i32} %.4, ptr %t1
  %gcptr.6 = extractvalue {ptr, i32, i32} %.4, 0
  store ptr %gcptr.6, ptr %gcslot.3
  store i32 zeroinitializer, ptr %t2
  store i32 0, ptr %t2
  br label %b1
b1:
  %t3 = load i32, ptr %t2
  %t4 = icmp slt i32 %t3, 6
  br i1 %t4, label %b3, label %b2
b2:
  %t5 = load {ptr, i32, i32}, ptr %t1
  %.5 = extractvalue {ptr, i32, i32} %t5, 0
  %.6 = extractvalue {ptr, i32, i32} %t5, 1
  %.7 = extractvalue {ptr, i32, i32} %t5, 2
  %.8 = icmp ugt i32 5, %.7
  br i1 %.8, label %panic.9, label %ok.10
panic.9:
  %.11 = sext i32 5 to i64
  call void @"runtime.panicBounds"(i32 5, i64 %.11, i1 true, i32 %.7, ptr undef)
  unreachable
ok.10:
  %.12 = icmp ugt i32 4, 5
  br i1 %.12, label %panic.13, label %ok.14
panic.13:
  %.15 = sext i32 4 to i64
  call void @"runtime.panicBounds"(i32 6, i64 %.15, i1 true, i32 5, ptr undef)
  unreachable
ok.14:
  %.16 = icmp ugt i32 1, 4
  br i1 %.16, label %panic.17, label %ok.18
panic.17:
  %.19 = sext i32 1 to i64
  call void @"runtime.panicBounds"(i32 7, i64 %.19, i1 true, i32 4, ptr undef)
  unreachable
ok.18:
  %.20 = sub i32 4, 1
  %.21 = getelementptr inbounds i32, ptr %.5, i32 1
  %.22 = sub i32 5, 1
  %.23 = insertvalue {ptr, i32, i32} undef, ptr %.21, 0
  %.24 = insertvalue {ptr, i32, i32} %.23, i32 %.20, 1
  %.25 = insertvalue {ptr, i32, i32} %.24, i32 %.22, 2
  store {ptr, i32, i32} zeroinitializer, ptr %t7
  store {ptr, i32, i32} %.25, ptr %t7
  %gcptr.7 = extractvalue {ptr, i32, i32} %.25, 0
  store ptr %gcptr.7, ptr %gcslot.4
  %t8 = load {ptr, i32, i32}, ptr %t7
  store [2 x i32] zeroinitializer, ptr %t9
  %t10 = getelementptr inbounds [2 x i32], ptr %t9, i32 0, i32 0
  store i32 7, ptr %t10
  %t11 = getelementptr inbounds [2 x i32], ptr %t9, i32 0, i32 1
  store i32 8, ptr %t11
  %.26 = sub i32 2, 0
  %.27 = sub i32 2, 0
  %.28 = insertvalue {ptr, i32, i32} undef, ptr %t9, 0
  %.29 = insertvalue {ptr, i32, i32} %.28, i32 %.26, 1
  %.30 = insertvalue {ptr, i32, i32} %.29, i32 %.27, 2
  %.31 = extractvalue {ptr, i32, i32} %t8, 0
  %.32 = extractvalue {ptr, i32, i32} %t8, 1
  %.33 = extractvalue {ptr, i32, i32} %.30, 0
  %.34 = extractvalue {ptr, i32, i32} %.30, 1
  %.35 = icmp slt i32 %.32, %.34
  %t13 = select i1 %.35, i32 %.32, i32 %.34
  %.36 = mul i32 %t13, 4
  call void @llvm.memmove.p0.p0.i32(ptr %.31, ptr %.33, i32 %.36, i1 false)
  store i32 zeroinitializer, ptr %t14
  store i32 %t13, ptr %t14
  store {ptr, i32} zeroinitializer, ptr %t15
  store {ptr, i32} {ptr @"main$string.0e4a4d1aff", i32 12}, ptr %t15
  %gcptr.8 = extractvalue {ptr, i32} {ptr @"main$string.0e4a4d1aff", i32 12}, 0
  store ptr %gcptr.8, ptr %gcslot.5
  %t16 = load {ptr, i32}, ptr %t15
  %gcptr.1 = extractvalue {ptr, i32} %t16, 0
  store ptr %gcptr.1, ptr %gcslot.2
  %.37 = call {ptr, i32, i32} @"runtime.stringToBytes"({ptr, i32} %t16, ptr undef)
  store {ptr, i32, i32} zeroinitializer, ptr %t18
  store {ptr, i32, i32} %.37, ptr %t18
  %gcptr.9 = extractvalue {ptr, i32, i32} %.37, 0
  store ptr %gcptr.9, ptr %gcslot.6
  %t19 = load {ptr, i32, i32}, ptr %t18
  %.38 = extractvalue {ptr, i32, i32} %t19, 0
  %.39 = extractvalue {ptr, i32, i32} %t19, 1
  %.40 = icmp uge i32 0, %.39
  br i1 %.40, label %panic.41, label %ok.42
panic.41:
  %.43 = sext i32 0 to i64
  call void @"runtime.panicBounds"(i32 0, i64 %.43, i1 true, i32 %.39, ptr undef)
  unreachable
ok.42:
  %t20 = getelementptr inbounds i8, ptr %.38, i32 0
  store i8 72, ptr %t20
  %t21 = load {ptr, i32}, ptr %t15
  %.44 = extractvalue {ptr, i32} %t21, 0
  %.45 = extractvalue {ptr, i32} %t21, 1
  %.46 = icmp ugt i32 7, %.45
  br i1 %.46, label %panic.47, label %ok.48
panic.47:
  %.49 = sext i32 7 to i64
  call void @"runtime.panicBounds"(i32 3, i64 %.49, i1 true, i32 %.45, ptr undef)
  unreachable
ok.48:
  %.50 = sub i32 %.45, 7
  %.51 = getelementptr inbounds i8, ptr %.44, i32 7
  %.52 = insertvalue {ptr, i32} undef, ptr %.51, 0
  %t22 = insertvalue {ptr, i32} %.52, i32 %.50, 1
  %gcptr.2 = extractvalue {ptr, i32} %t22, 0
  store ptr %gcptr.2, ptr %gcslot.2
  %.53 = call {ptr, i32, i32} @"runtime.stringToRunes"({ptr, i32} %t22, ptr undef)
  store {ptr, i32, i32} zeroinitializer, ptr %t24
  store {ptr, i32, i32} %.53, ptr %t24
  %t25 = load {ptr, i32, i32}, ptr %t1
  %t26 = extractvalue {ptr, i32, i32} %t25, 1
  %t27 = load {ptr, i32, i32}, ptr %t7
  %t28 = extractvalue {ptr, i32, i32} %t27, 2
  %t29 = load {ptr, i32, i32}, ptr %t24
  %t30 = extractvalue {ptr, i32, i32} %t29, 1
  %t31 = load i32, ptr %t14
  %t32 = load {ptr, i32, i32}, ptr %t18
  %gcptr.3 = extractvalue {ptr, i32, i32} %t32, 0
  store ptr %gcptr.3, ptr %gcslot.2
  %.54 = extractvalue {ptr, i32, i32} %t32, 0
  %.55 = extractvalue {ptr, i32, i32} %t32, 1
  %.56 = call {ptr, i32} @"runtime.bytesToString"(ptr %.54, i32 %.55, ptr undef)
  %gcptr.4 = extractvalue {ptr, i32} %.56, 0
  store ptr %gcptr.4, ptr %gcslot.2
  %t34 = load {ptr, i32}, ptr %t15
  %.57 = extractvalue {ptr, i32} %t34, 0
  %.58 = extractvalue {ptr, i32} %t34, 1
  %.59 = icmp uge i32 3, %.58
  br i1 %.59, label %panic.60, label %ok.61
panic.60:
  %.62 = sext i32 3 to i64
  call void @"runtime.panicBounds"(i32 0, i64 %.62, i1 true, i32 %.58, ptr undef)
  unreachable
ok.61:
  %.63 = getelementptr inbounds i8, ptr %.57, i32 3
  %t35 = load i8, ptr %.63
  %t36 = load {ptr, i32, i32}, ptr %t1
  %.64 = extractvalue {ptr, i32, i32} %t36, 0
  %.65 = extractvalue {ptr, i32, i32} %t36, 1
  %.66 = icmp uge i32 5, %.65
  br i1 %.66, label %panic.67, label %ok.68
panic.67:
  %.69 = sext i32 5 to i64
  call void @"runtime.panicBounds"(i32 0, i64 %.69, i1 true, i32 %.65, ptr undef)
  unreachable
ok.68:
  %t37 = getelementptr inbounds i32, ptr %.64, i32 5
  %t38 = load i32, ptr %t37
  call void @"runtime.printlock"(ptr undef)
  %.70 = sext i32 %t26 to i64
  call void @"runtime.printint"(i64 %.70, ptr undef)
  call void @"runtime.printsp"(ptr undef)
  %.71 = sext i32 %t28 to i64
  call void @"runtime.printint"(i64 %.71, ptr undef)
  call void @"runtime.printsp"(ptr undef)
  %.72 = sext i32 %t31 to i64
  call void @"runtime.printint"(i64 %.72, ptr undef)
  call void @"runtime.printsp"(ptr undef)
  call void @"runtime.printstring"({ptr, i32} %.56, ptr undef)
  call void @"runtime.printsp"(ptr undef)
  %.73 = sext i32 %t30 to i64
  call void @"runtime.printint"(i64 %.73, ptr undef)
  call void @"runtime.printsp"(ptr undef)
  %.74 = zext i8 %t35 to i64
  call void @"runtime.printuint"(i64 %.74, ptr undef)
  call void @"runtime.printsp"(ptr undef)
  %.75 = sext i32 %t38 to i64
  call void @"runtime.printint"(i64 %.75, ptr undef)
  call void @"runtime.printnl"(ptr undef)
  call void @"runtime.printunlock"(ptr undef)
  store [4 x i32] zeroinitializer, ptr %t40
  store ptr zeroinitializer, ptr %t41
  store ptr %t40, ptr %t41
  %t42 = load ptr, ptr %t41
  %.76 = icmp eq ptr %t42, null
  br i1 %.76, label %panic.77, label %ok.78
panic.77:
  call void @"runtime.panicNilDeref"(ptr undef)
  unreachable
ok.78:
  %t43 = getelementptr inbounds [4 x i32], ptr %t42, i32 0, i32 2
  store i32 9, ptr %t43
  %t44 = getelementptr inbounds [4 x i32], ptr %t40, i32 0, i32 2
  %t45 = load i32, ptr %t44
  call void @"runtime.printlock"(ptr undef)
  %.79 = sext i32 %t45 to i64
  call void @"runtime.printint"(i64 %.79, ptr undef)
  call void @"runtime.printsp"(ptr undef)
  %.80 = sext i32 4 to i64
  call void @"runtime.printint"(i64 %.80, ptr undef)
  call void @"runtime.printnl"(ptr undef)
  call void @"runtime.printunlock"(ptr undef)
  store ptr %gcprev, ptr @"runtime.stackChainStart"
  ret void
b3:
  %t47 = load {ptr, i32, i32}, ptr %t1
  %gcptr.5 = extractvalue {ptr, i32, i32} %t47, 0
  store ptr %gcptr.5, ptr %gcslot.2
  %t48 = load i32, ptr %t2
  %t49 = load i32, ptr %t2
  %t50 = mul i32 %t48, %t49
  %.81 = extractvalue {ptr, i32, i32} %t47, 0
  %.82 = extractvalue {ptr, i32, i32} %t47, 1
  %.83 = extractvalue {ptr, i32, i32} %t47, 2
  %.84 = add i32 %.82, 1
  %.85 = icmp ugt i32 %.84, %.83
  br i1 %.85, label %append.grow.86, label %append.cont.87
append.grow.86:
  %.88 = call {ptr, i32} @"runtime.growslice"(ptr %.81, i32 %.84, i32 %.83, i32 1, i32 4, i32 0, ptr undef)
  %.89 = extractvalue {ptr, i32} %.88, 0
  %.90 = extractvalue {ptr, i32} %.88, 1
  br label %append.cont.87
append.cont.87:
  %.91 = phi ptr [%.81, %b3], [%.89, %append.grow.86]
  %.92 = phi i32 [%.83, %b3], [%.90, %append.grow.86]
  %.93 = getelementptr inbounds i32, ptr %.91, i32 %.82
  store i32 %t50, ptr %.93
  %.94 = insertvalue {ptr, i32, i32} undef, ptr %.91, 0
  %.95 = insertvalue {ptr, i32, i32} %.94, i32 %.84, 1
  %.96 = insertvalue {ptr, i32, i32} %.95, i32 %.92, 2
  store {ptr, i32, i32} %.96, ptr %t1
  %gcptr.10 = extractvalue {ptr, i32, i32} %.96, 0
  store ptr %gcptr.10, ptr %gcslot.3
  br label %b4
b4:
  %t52 = load i32, ptr %t2
  %t53 = add i32 %t52, 1
  store i32 %t53, ptr %t2
  br label %b1
}
