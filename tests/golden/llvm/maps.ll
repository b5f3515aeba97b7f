define internal void @"main.init"(ptr %context) #_ {
entry:
  br label %b0
b0:
  ret void
}

define internal void @"main.main"(ptr %context) #_ {
entry:
  %gcframe = alloca {ptr, i32, ptr, ptr, ptr, ptr}, align 8
  %.key2 = alloca {ptr, i32}, align 4
  %.key4 = alloca {ptr, i32}, align 4
  %t1 = alloca ptr, align 4
  %.key6 = alloca {ptr, i32}, align 4
  %.key8 = alloca {ptr, i32}, align 4
  %t7 = alloca i32, align 4
  %t8 = alloca i1, align 1
  %.key22 = alloca {ptr, i32}, align 4
  %t17 = alloca ptr, align 4
  %.iter24 = alloca {ptr, ptr, i32, i32, i32}, align 4
  %.key25 = alloca {ptr, i32}, align 4
  %.val26 = alloca i32, align 4
  %t23 = alloca {i32, i32}, align 4
  %.key33 = alloca {i32, i32}, align 4
  %t27 = alloca ptr, align 4
  %t29 = alloca {i32, i32}, align 4
  %.key35 = alloca {i32, i32}, align 4
  %.key42 = alloca i32, align 4
  %t37 = alloca {ptr, i32}, align 4
  %t38 = alloca i32, align 4
  %.key50 = alloca i32, align 4
  %.key57 = alloca i32, align 4
  store {ptr, i32, ptr, ptr, ptr, ptr} zeroinitializer, ptr %gcframe
  %gcslot.2 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr}, ptr %gcframe, i32 0, i32 2
  %gcslot.3 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr}, ptr %gcframe, i32 0, i32 3
  %gcslot.4 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr}, ptr %gcframe, i32 0, i32 4
  %gcslot.5 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr}, ptr %gcframe, i32 0, i32 5
  %gcprev = load ptr, ptr @"runtime.stackChainStart"
  store ptr %gcprev, ptr %gcframe
  %gcsize = getelementptr inbounds {ptr, i32}, ptr %gcframe, i32 0, i32 1
  store i32 ptrtoint (ptr getelementptr ({ptr, i32, ptr, ptr, ptr, ptr}, ptr null, i32 1) to i32), ptr %gcsize
  store ptr %gcframe, ptr @"runtime.stackChainStart"
  br label %b0
b0:
  %.1 = call ptr @"runtime.makemap"(ptr @"tinypy.maptype.4b92301437", i32 2, ptr undef)
  store ptr %.1, ptr %gcslot.3
  store {ptr, i32} {ptr @"main$string.646c3c26c0", i32 3}, ptr %.key2
  %.3 = call ptr @"runtime.mapassign"(ptr @"tinypy.maptype.4b92301437", ptr %.1, ptr %.key2, ptr undef)
  store i32 1, ptr %.3
  store {ptr, i32} {ptr @"main$string.8885b62d46", i32 3}, ptr %.key4
  %.5 = call ptr @"runtime.mapassign"(ptr @"tinypy.maptype.4b92301437", ptr %.1, ptr %.key4, ptr undef)
  store i32 2, ptr %.5
  store ptr zeroinitializer, ptr %t1
  store ptr %.1, ptr %t1
  store ptr %.1, ptr %gcslot.4
  %t2 = load ptr, ptr %t1
  store ptr %t2, ptr %gcslot.3
  store {ptr, i32} {ptr @"main$string.129f20f5ae", i32 5}, ptr %.key6
  %.7 = call ptr @"runtime.mapassign"(ptr @"tinypy.maptype.4b92301437", ptr %t2, ptr %.key6, ptr undef)
  store i32 3, ptr %.7
  %t3 = load ptr, ptr %t1
  store ptr %t3, ptr %gcslot.3
  store {ptr, i32} {ptr @"main$string.8885b62d46", i32 3}, ptr %.key8
  %.9 = call ptr @"runtime.mapaccess"(ptr @"tinypy.maptype.4b92301437", ptr %t3, ptr %.key8, ptr undef)
  %.10 = icmp ne ptr %.9, null
  br i1 %.10, label %lookup.found.11, label %lookup.done.12
lookup.found.11:
  %.13 = load i32, ptr %.9
  br label %lookup.done.12
lookup.done.12:
  %.14 = phi i32 [zeroinitializer, %b0], [%.13, %lookup.found.11]
  %.15 = insertvalue {i32, i1} undef, i32 %.14, 0
  %t4 = insertvalue {i32, i1} %.15, i1 %.10, 1
  %t5 = extractvalue {i32, i1} %t4, 0
  %t6 = extractvalue {i32, i1} %t4, 1
  store i32 zeroinitializer, ptr %t7
  store i32 %t5, ptr %t7
  store i1 zeroinitializer, ptr %t8
  store i1 %t6, ptr %t8
  %t9 = load ptr, ptr %t1
  %.16 = icmp eq ptr %t9, null
  br i1 %.16, label %maplen.done.18, label %maplen.load.17
maplen.load.17:
  %.19 = load i32, ptr %t9
  br label %maplen.done.18
maplen.done.18:
  %t10 = phi i32 [0, %lookup.done.12], [%.19, %maplen.load.17]
  %t11 = load i32, ptr %t7
  %t12 = load i1, ptr %t8
  call void @"runtime.printlock"(ptr undef)
  %.20 = sext i32 %t11 to i64
  call void @"runtime.printint"(i64 %.20, ptr undef)
  call void @"runtime.printsp"(ptr undef)
  call void @"runtime.printbool"(i1 %t12, ptr undef)
  call void @"runtime.printsp"(ptr undef)
  %.21 = sext i32 %t10 to i64
  call void @"runtime.printint"(i64 %.21, ptr undef)
  call void @"runtime.printnl"(ptr undef)
  call void @"runtime.printunlock"(ptr undef)
  %t14 = load ptr, ptr %t1
  store ptr %t14, ptr %gcslot.3
  store {ptr, i32} {ptr @"main$string.646c3c26c0", i32 3}, ptr %.key22
  call void @"runtime.mapdelete"(ptr @"tinypy.maptype.4b92301437", ptr %t14, ptr %.key22, ptr undef)
  %.23 = call ptr @"runtime.makemap"(ptr @"tinypy.maptype.3db0ae2929", i32 0, ptr undef)
  store ptr zeroinitializer, ptr %t17
  store ptr %.23, ptr %t17
  store ptr %.23, ptr %gcslot.5
  %t18 = load ptr, ptr %t1
  call void @"runtime.mapiterinit"(ptr @"tinypy.maptype.4b92301437", ptr %t18, ptr %.iter24, ptr undef)
  store ptr %.iter24, ptr %gcslot.2
  br label %b1
b1:
  %.27 = call i1 @"runtime.mapiternext"(ptr @"tinypy.maptype.4b92301437", ptr %.iter24, ptr %.key25, ptr %.val26, ptr undef)
  %.28 = load {ptr, i32}, ptr %.key25
  %.29 = load i32, ptr %.val26
  %.30 = insertvalue {i1, {ptr, i32}, i32} undef, i1 %.27, 0
  %.31 = insertvalue {i1, {ptr, i32}, i32} %.30, {ptr, i32} %.28, 1
  %t20 = insertvalue {i1, {ptr, i32}, i32} %.31, i32 %.29, 2
  %t21 = extractvalue {i1, {ptr, i32}, i32} %t20, 0
  br i1 %t21, label %b3, label %b2
b2:
  %.32 = call ptr @"runtime.makemap"(ptr @"tinypy.maptype.00603d7e88", i32 1, ptr undef)
  store ptr %.32, ptr %gcslot.3
  store {i32, i32} zeroinitializer, ptr %t23
  %t24 = getelementptr inbounds {i32, i32}, ptr %t23, i32 0, i32 0
  store i32 1, ptr %t24
  %t25 = getelementptr inbounds {i32, i32}, ptr %t23, i32 0, i32 1
  store i32 2, ptr %t25
  %t26 = load {i32, i32}, ptr %t23
  store {i32, i32} %t26, ptr %.key33
  %.34 = call ptr @"runtime.mapassign"(ptr @"tinypy.maptype.00603d7e88", ptr %.32, ptr %.key33, ptr undef)
  store i1 true, ptr %.34
  store ptr zeroinitializer, ptr %t27
  store ptr %.32, ptr %t27
  %t28 = load ptr, ptr %t27
  store ptr %t28, ptr %gcslot.3
  store {i32, i32} zeroinitializer, ptr %t29
  %t30 = getelementptr inbounds {i32, i32}, ptr %t29, i32 0, i32 0
  store i32 1, ptr %t30
  %t31 = getelementptr inbounds {i32, i32}, ptr %t29, i32 0, i32 1
  store i32 2, ptr %t31
  %t32 = load {i32, i32}, ptr %t29
  store {i32, i32} %t32, ptr %.key35
  %.36 = call ptr @"runtime.mapaccess"(ptr @"tinypy.maptype.00603d7e88", ptr %t28, ptr %.key35, ptr undef)
  %.37 = icmp ne ptr %.36, null
  br i1 %.37, label %lookup.found.38, label %lookup.done.39
lookup.found.38:
  %.40 = load i1, ptr %.36
  br label %lookup.done.39
lookup.done.39:
  %.41 = phi i1 [zeroinitializer, %b2], [%.40, %lookup.found.38]
  %t34 = load ptr, ptr %t17
  store ptr %t34, ptr %gcslot.3
  store i32 3, ptr %.key42
  %.43 = call ptr @"runtime.mapaccess"(ptr @"tinypy.maptype.3db0ae2929", ptr %t34, ptr %.key42, ptr undef)
  %.44 = icmp ne ptr %.43, null
  br i1 %.44, label %lookup.found.45, label %lookup.done.46
lookup.found.45:
  %.47 = load i32, ptr %.43
  br label %lookup.done.46
lookup.done.46:
  %.48 = phi i32 [zeroinitializer, %lookup.done.39], [%.47, %lookup.found.45]
  call void @"runtime.printlock"(ptr undef)
  call void @"runtime.printbool"(i1 %.41, ptr undef)
  call void @"runtime.printsp"(ptr undef)
  %.49 = sext i32 %.48 to i64
  call void @"runtime.printint"(i64 %.49, ptr undef)
  call void @"runtime.printnl"(ptr undef)
  call void @"runtime.printunlock"(ptr undef)
  store ptr %gcprev, ptr @"runtime.stackChainStart"
  ret void
b3:
  store {ptr, i32} zeroinitializer, ptr %t37
  store i32 zeroinitializer, ptr %t38
  %t39 = extractvalue {i1, {ptr, i32}, i32} %t20, 1
  store {ptr, i32} %t39, ptr %t37
  %t40 = extractvalue {i1, {ptr, i32}, i32} %t20, 2
  store i32 %t40, ptr %t38
  %t41 = load {ptr, i32}, ptr %t37
  %t42 = extractvalue {ptr, i32} %t41, 1
  %t43 = load ptr, ptr %t17
  store ptr %t43, ptr %gcslot.3
  %t44 = load i32, ptr %t38
  store i32 %t44, ptr %.key50
  %.51 = call ptr @"runtime.mapaccess"(ptr @"tinypy.maptype.3db0ae2929", ptr %t43, ptr %.key50, ptr undef)
  %.52 = icmp ne ptr %.51, null
  br i1 %.52, label %lookup.found.53, label %lookup.done.54
lookup.found.53:
  %.55 = load i32, ptr %.51
  br label %lookup.done.54
lookup.done.54:
  %.56 = phi i32 [zeroinitializer, %b3], [%.55, %lookup.found.53]
  %t46 = add i32 %.56, %t42
  store i32 %t44, ptr %.key57
  %.58 = call ptr @"runtime.mapassign"(ptr @"tinypy.maptype.3db0ae2929", ptr %t43, ptr %.key57, ptr undef)
  store i32 %t46, ptr %.58
  br label %b1
}
